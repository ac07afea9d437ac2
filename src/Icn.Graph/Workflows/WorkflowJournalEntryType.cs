using GraphQL.Types;
using Icn.Domain.Workflows;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Staff;

namespace Icn.Graph.Workflows;

/// <summary>One activity execution of an instance: the path taken, as the designer draws it and the Secretariat reads it.</summary>
internal sealed class WorkflowJournalEntryType : ObjectGraphType<WorkflowJournalEntry>
{
    public WorkflowJournalEntryType()
    {
        Name = "WorkflowJournalEntry";
        Description = "One activity execution of a workflow instance, or something that happened to the instance (faulted, cancelled).";
        Field(e => e.ActivityId).Description("The activity's id in the definition; empty for what happened to the instance as a whole.");
        Field(e => e.ActivityType).Description("The activity's type, e.g. \"HumanTask\".");
        Field(e => e.Event).Description("What happened: completed, waiting, resumed (woken and waiting again), cancelled, faulted, or released (a claimed task given back to its role when its holder's role ended).");
        Field(e => e.Outcome, nullable: true).Description("The outcomes it went on by, comma-separated; null when it did not go on.");
        Field<StringGraphType>("actorName")
            .Description("Who woke the instance (a task's answer, an admin's retry), by name; null when a timer or a start did.")
            .Resolve(context => context.Source.ActorId is { } actor
                ? context.RequestServices!.GetRequiredService<UserDataLoaders>().ById.Load(actor).Then(user => user?.DisplayName ?? user?.Email)
                : null);
        Field(e => e.Summary, nullable: true).Description("A short account of its inputs and result.");
        Field(e => e.StartedAt).Description("When it started.");
        Field(e => e.FinishedAt).Description("When it finished.");
    }
}
