namespace Icn.Workflows.Runtime;

/// <summary>Why the runtime did not do what was asked; the API turns it into a user error.</summary>
public sealed record RuntimeRefusal(RefusalKind Kind, string Message, string? Field = null);

public enum RefusalKind
{
    NotFound,
    Forbidden,

    /// <summary>The thing changed meanwhile: a task already completed, an instance no longer running.</summary>
    Conflict,
    Validation,
}
