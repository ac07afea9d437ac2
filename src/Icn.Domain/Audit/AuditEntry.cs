namespace Icn.Domain.Audit;

/// <summary>
/// One change to the network's data: who made it, what it was, which row it touched and the row
/// before and after. Written in the same transaction as the change, never updated afterwards.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>The staff account that made the change; null for website keys, applicants and the system.</summary>
    public Guid? ActorId { get; set; }

    /// <summary>How the actor is named in the log: an e-mail, "api-key:&lt;name&gt;", "system".</summary>
    public required string ActorName { get; set; }

    /// <summary>The operation that made the change, e.g. "updateOpportunity".</summary>
    public required string Action { get; set; }

    /// <summary>The changed row's type as the API names it, e.g. "Opportunity".</summary>
    public required string EntityType { get; set; }

    public Guid EntityId { get; set; }

    /// <summary>The row's stored values before the change, as JSON; null when it was created.</summary>
    public string? Before { get; set; }

    /// <summary>The row's stored values after the change, as JSON; null when it was deleted.</summary>
    public string? After { get; set; }
}
