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

namespace Icn.Graph.Workflows;

/// <summary>A run of a workflow, with its journal and incidents. For the Secretariat and admins.</summary>
internal sealed class WorkflowInstanceType : ObjectGraphType<WorkflowInstance>
{
    public WorkflowInstanceType()
    {
        this.ImplementNode("WorkflowInstance", i => i.Id);
        Description = "A run of a workflow definition: where it stands, its variables, the path it took and why it faulted. Readable with the SECRETARIAT or ADMIN role.";
        this.AuthorizeWithPolicy(AccessPolicies.Secretariat);
        Field(i => i.DefinitionId).Description("The definition it runs.");
        Field(i => i.DefinitionVersion).Description("The exact published version it runs; later versions do not change it.");
        Field<NonNullGraphType<WorkflowInstanceStatusGraphType>>("status").Description("Where it stands.").Resolve(context => context.Source.Status);
        Field<JsonGraphType>("variables").Description("Its variables, a JSON object.").Resolve(context => JsonGraphType.FromText(context.Source.Variables));
        Field<JsonGraphType>("input").Description("What it was started with, a JSON object.").Resolve(context => JsonGraphType.FromText(context.Source.Input));
        Field<NodeInterface>("subject")
            .Description("The Node it is about (an application, a membership), if any and if visible to you.")
            .Resolve(context => context.Source.SubjectId is { } subject ? context.RequestServices!.GetRequiredService<SubjectLoader>().Load.Load(subject) : null);
        Field(i => i.CreatedAt).Description("When it started.");
        Field(i => i.UpdatedAt).Description("When its last burst ran.");
        Field(i => i.FinishedAt, nullable: true).Description("When it finished or was cancelled.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowJournalEntryType>>>>("journal")
            .Description("Every activity execution, in order: the path taken.")
            .Resolve(context => context.RequestServices!.GetRequiredService<WorkflowRuntimeDataLoaders>().JournalOf.Load(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowIncidentType>>>>("incidents")
            .Description("Why it faulted, newest first, resolved ones included.")
            .Resolve(context => context.RequestServices!.GetRequiredService<WorkflowRuntimeDataLoaders>().IncidentsOf.Load(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowTaskType>>>>("openTasks")
            .Description("Its tasks still waiting for an answer.")
            .Resolve(context => context.RequestServices!.GetRequiredService<WorkflowRuntimeDataLoaders>().OpenTasksOf.Load(context.Source.Id));
    }
}
