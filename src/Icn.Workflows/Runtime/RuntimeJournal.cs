using Icn.Domain.Workflows;

namespace Icn.Workflows.Runtime;

/// <summary>
/// The journal lines the runtime writes itself rather than an activity (a fault, a cancellation, a
/// task given back or withdrawn), shaped like an activity's so that the history reads as one.
/// </summary>
internal static class RuntimeJournal
{
    public static WorkflowJournalEntry InstanceEntry(
        WorkflowInstance instance, string happened, string summary, Guid? actorId, DateTime now, string? activityId = null, string activityType = "") => new()
    {
        InstanceId = instance.Id,
        ActivityId = activityId ?? "",
        ActivityType = activityType,
        Event = happened,
        ActorId = actorId,
        Summary = summary.Length > 1000 ? summary[..997] + "..." : summary,
        StartedAt = now,
        FinishedAt = now,
    };

    /// <summary>A line about a task, under its HumanTask activity.</summary>
    public static WorkflowJournalEntry TaskEntry(WorkflowInstance instance, WorkflowTask task, string happened, string summary, Guid? actorId, DateTime now) =>
        InstanceEntry(instance, happened, summary, actorId, now, task.ActivityId, "HumanTask");
}
