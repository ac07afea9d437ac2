namespace Icn.Domain.Audit;

/// <summary>Who is changing data, and through which operation, for the audit log.</summary>
public sealed record AuditActor(Guid? UserId, string Name, string Action);
