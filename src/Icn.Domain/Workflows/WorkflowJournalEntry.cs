namespace Icn.Domain.Workflows;

/// <summary>
/// One activity execution of an instance: the path the designer draws and the history the
/// Secretariat reads. Written in the burst's transaction, so the journal never tells of a step
/// that was rolled back.
/// </summary>
public sealed class WorkflowJournalEntry : IKeepsOwnHistory
{
    public long Id { get; set; }

    public Guid InstanceId { get; set; }

    public required string ActivityId { get; set; }

    public required string ActivityType { get; set; }

    /// <summary>What happened: "completed", "waiting", "resumed", "cancelled".</summary>
    public required string Event { get; set; }

    /// <summary>The outcomes it went on by, comma-separated; null while waiting.</summary>
    public string? Outcome { get; set; }

    /// <summary>The staff account whose action woke the instance, if a person did.</summary>
    public Guid? ActorId { get; set; }

    /// <summary>A short summary of the inputs and what came of them.</summary>
    public string? Summary { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime FinishedAt { get; set; }
}
