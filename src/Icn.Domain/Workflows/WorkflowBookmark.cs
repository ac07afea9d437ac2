namespace Icn.Domain.Workflows;

/// <summary>
/// Where a branch of an instance waits: for tasks, a signal or a moment. Woken by kind and key (or by
/// due time) through an index, never by reading instances.
/// </summary>
public sealed class WorkflowBookmark : IKeepsOwnHistory
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    /// <summary>The waiting activity.</summary>
    public required string ActivityId { get; set; }

    public BookmarkKind Kind { get; set; }

    /// <summary>What wakes it: "signal-name:correlation" for signals; null for tasks and timers.</summary>
    public string? Key { get; set; }

    /// <summary>When a timer is due (UTC).</summary>
    public DateTime? DueAt { get; set; }

    /// <summary>
    /// A bookmark that belongs to another and goes with it (a task's reminder and due-date timers):
    /// deleting the parent deletes it.
    /// </summary>
    public Guid? ParentId { get; set; }

    /// <summary>The activity's own state while it waits (a vote count, a reminder's purpose), a JSON object.</summary>
    public string Data { get; set; } = "{}";

    public DateTime CreatedAt { get; set; }
}
