using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace Icn.GraphQL.Authorization;

/// <summary>
/// Adds <see cref="AuthorizationRule"/> (and the host's other caller-dependent rules,
/// <see cref="ICallerRules.ValidationRules"/>) to every execution, whatever the transport, both
/// to the full validation and to the rules that run again on a cached document: they depend on the caller.
/// </summary>
internal sealed class AuthorizationExecution(ICallerRules callers) : IConfigureExecution
{
    private readonly IValidationRule[] rules = [AuthorizationRule.Instance, .. callers.ValidationRules];

    /// <summary>Before the document cache (200), which chooses between the two rule lists.</summary>
    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        options.ValidationRules = [.. options.ValidationRules ?? DocumentValidator.CoreRules, .. rules];
        options.CachedDocumentValidationRules = [.. options.CachedDocumentValidationRules ?? [], .. rules];
        return next(options);
    }
}
