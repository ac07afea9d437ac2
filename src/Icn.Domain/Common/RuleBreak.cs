namespace Icn.Domain.Common;

/// <summary>
/// A state change an entity refused, and why, in words for the person who asked. Entities answer
/// with one instead of throwing: a refused change is an expected outcome, shown to the caller as a
/// user error on the field that asked for it.
/// </summary>
public sealed record RuleBreak(RuleBreakKind Kind, string Message)
{
    /// <summary>The value itself is wrong, whatever the state (a deadline in the past).</summary>
    public static RuleBreak Invalid(string message) => new(RuleBreakKind.Invalid, message);

    /// <summary>The value is fine but the entity's state does not allow it now (publishing a closed opportunity).</summary>
    public static RuleBreak Conflict(string message) => new(RuleBreakKind.Conflict, message);
}

/// <summary>How a refused change is reported: as a validation error or as a conflict with the current state.</summary>
public enum RuleBreakKind
{
    Invalid,
    Conflict,
}
