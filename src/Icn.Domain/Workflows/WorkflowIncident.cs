namespace Icn.Domain.Workflows;

/// <summary>
/// Why an instance faulted: the failing activity, the error, and the wake-up that was being run, so
/// that a retry runs it again from the stored state. Resolved by a retry or a cancellation.
/// </summary>
public sealed class WorkflowIncident : IKeepsOwnHistory
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string? ActivityId { get; set; }

    public required string Message { get; set; }

    /// <summary>The wake-up that failed (start, a bookmark's resumption), a JSON object.</summary>
    public required string Wake { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    /// <summary>"retried" or "cancelled" once resolved.</summary>
    public string? Resolution { get; set; }

    public Guid? ResolvedById { get; set; }
}
