using Icn.Domain.Common;

namespace Icn.Domain.Workflows;

/// <summary>
/// One run of a published workflow version. Its row is the lock every burst takes, so one burst of
/// an instance runs at a time across all processes.
/// </summary>
public sealed class WorkflowInstance : IKeepsOwnHistory
{
    /// <summary>The longest global id a workflow (and its tasks) can be about.</summary>
    public const int SubjectIdLength = 200;

    public Guid Id { get; set; }

    public required string DefinitionId { get; set; }

    /// <summary>The exact published version it runs; a later publication never changes it.</summary>
    public int DefinitionVersion { get; set; }

    // Created in any state (a start, tests); changed only by the methods below, through the field.
    private WorkflowInstanceStatus status;

    public WorkflowInstanceStatus Status { get => status; init => status = value; }

    /// <summary>The workflow's variables, a JSON object.</summary>
    public string Variables { get; set; } = "{}";

    /// <summary>What the start was given, a JSON object (the expressions' <c>input</c>).</summary>
    public string Input { get; set; } = "{}";

    /// <summary>The runtime's own state between bursts (the branches waiting at joins), a JSON object.</summary>
    public string State { get; set; } = "{}";

    /// <summary>The global id of the Node the instance is about (an application, a membership), if any.</summary>
    public string? SubjectId { get; set; }

    /// <summary>Counts activity executions; with the activity, it makes side effects' idempotency keys.</summary>
    public long Executions { get; set; }

    public Guid? StartedById { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>Nothing is left to wait for: a running instance ends.</summary>
    public void Finish(DateTime now)
    {
        if (status == WorkflowInstanceStatus.Running)
        {
            status = WorkflowInstanceStatus.Finished;
            FinishedAt = now;
        }
    }

    /// <summary>A burst failed: the instance waits for an admin's retry or cancellation, with an incident saying why.</summary>
    public void Fault(DateTime now)
    {
        status = WorkflowInstanceStatus.Faulted;
        UpdatedAt = now;
    }

    /// <summary>An admin retries a faulted instance; only a faulted one can be.</summary>
    public RuleBreak? Resume() => status != WorkflowInstanceStatus.Faulted
        ? RuleBreak.Conflict($"Only a faulted instance can be retried; this one is {status.ToString().ToLowerInvariant()}.")
        : SetRunning();

    /// <summary>Stops the instance for good: its waits are gone and its runtime state is emptied.</summary>
    public void Cancel(string emptyState, DateTime now)
    {
        status = WorkflowInstanceStatus.Cancelled;
        FinishedAt = now;
        UpdatedAt = now;
        State = emptyState;
    }

    private RuleBreak? SetRunning()
    {
        status = WorkflowInstanceStatus.Running;
        return null;
    }
}
