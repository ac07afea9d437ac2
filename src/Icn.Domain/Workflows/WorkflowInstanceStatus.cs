namespace Icn.Domain.Workflows;

public enum WorkflowInstanceStatus
{
    /// <summary>Waiting on bookmarks (tasks, signals, timers); woken by them.</summary>
    Running,

    /// <summary>Every branch ended.</summary>
    Finished,

    /// <summary>An activity failed; an open incident says why, and an admin retries or cancels.</summary>
    Faulted,

    /// <summary>Stopped by an admin; its bookmarks and open tasks are gone.</summary>
    Cancelled,
}
