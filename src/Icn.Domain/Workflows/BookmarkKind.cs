namespace Icn.Domain.Workflows;

public enum BookmarkKind
{
    /// <summary>Waits for human tasks; its tasks are rows of <see cref="WorkflowTask"/>.</summary>
    Task,

    /// <summary>Waits for a named signal with a correlation key.</summary>
    Signal,

    /// <summary>Waits for a moment.</summary>
    Timer,
}
