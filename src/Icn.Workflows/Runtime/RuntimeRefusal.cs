namespace Icn.Workflows.Runtime;

/// <summary>Why the runtime did not do what was asked; the API turns it into a user error.</summary>
public sealed record RuntimeRefusal(RefusalKind Kind, string Message, string? Field = null);
