using Icn.Domain.Common;

namespace Icn.Graph.Engine.Mutations;

/// <summary>The user error that reports an entity's refusal: a ValidationError or a ConflictError, as the rule says.</summary>
internal static class UserErrors
{
    public static UserError Of(RuleBreak rule, IReadOnlyList<string> path) => rule.Kind switch
    {
        RuleBreakKind.Invalid => new ValidationUserError(rule.Message, path),
        RuleBreakKind.Conflict => new ConflictUserError(rule.Message, path),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "A rule break of a kind no user error reports."),
    };
}
