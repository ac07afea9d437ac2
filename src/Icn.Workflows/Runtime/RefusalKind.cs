namespace Icn.Workflows.Runtime;

/// <summary>The kinds of refusal, one per user error of the API.</summary>
public enum RefusalKind
{
    NotFound,
    Forbidden,

    /// <summary>The thing changed meanwhile: a task already completed, an instance no longer running.</summary>
    Conflict,
    Validation,
}
