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

    public WorkflowInstanceStatus Status { get; set; }

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
}
