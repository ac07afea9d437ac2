using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Icn.Domain.Workflows;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Staff;

namespace Icn.Graph.Workflows;

/// <summary>A task in an inbox. Staff only; `myTasks` shows the caller's own.</summary>
internal sealed class WorkflowTaskType : ObjectGraphType<WorkflowTask>
{
    public WorkflowTaskType()
    {
        this.ImplementNode("WorkflowTask", t => t.Id);
        Description = "A task for a person: answer it with `completeTask`, or take a role's task with `claimTask` first. Readable by staff.";
        this.AuthorizeWithPolicy(AccessPolicies.Staff);
        Field(t => t.Title).Description("What the task asks.");
        Field<NonNullGraphType<WorkflowTaskStatusGraphType>>("status").Description("Open, completed or cancelled.").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("outcomes")
            .Description("The answers to choose from; `completeTask` takes one as `outcome`.")
            .Resolve(context => context.Source.Outcomes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskFormFieldType>>>>("formFields")
            .Description("The fields to fill in with the answer.")
            .Resolve(context => (JsonNode.Parse(context.Source.FormFields) as JsonArray ?? []).OfType<JsonObject>().ToList());
        Field(t => t.DueAt, nullable: true).Description("When the answer is due; null when there is no due date.");
        Field<NodeInterface>("subject")
            .Description("The Node the task is about (an application, a membership), if visible to you.")
            .Resolve(context => context.Source.SubjectId is { } subject ? context.RequestServices!.GetRequiredService<SubjectLoader>().Load.Load(subject) : null);
        Field(t => t.AssigneeRole, nullable: true).Description("The role whose holders may take it, for a role's task.");
        Field<NonNullGraphType<BooleanGraphType>>("claimed")
            .Description("True when the task is someone's own: a user's task, or a role's task that a holder claimed.")
            .Resolve(context => context.Source.AssigneeUserId is not null);
        Field(t => t.Outcome, nullable: true).Description("The answer given, once completed.");
        Field(t => t.Comment, nullable: true).Description("The comment given with the answer.");
        Field<JsonGraphType>("data").Description("The form's answers, once completed.").Resolve(context => JsonGraphType.FromText(context.Source.Data));
        Field<StringGraphType>("completedByName")
            .Description("Who answered it, by name.")
            .Resolve(context => context.Source.CompletedById is { } user
                ? context.RequestServices!.GetRequiredService<UserDataLoaders>().ById.Load(user).Then(account => account?.DisplayName ?? account?.Email)
                : null);
        Field(t => t.CreatedAt).Description("When it entered the inbox.");
        Field(t => t.CompletedAt, nullable: true).Description("When it was answered or cancelled.");
    }
}
