using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace Icn.Graph.Access;

/// <summary>
/// Adds <see cref="AuthorizationRule"/> to every execution, whatever the transport, both to the
/// full validation and to the rules that run again on a cached document.
/// </summary>
internal sealed class AuthorizationExecution : IConfigureExecution
{
    /// <summary>Before the document cache (200), which chooses between the two rule lists.</summary>
    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        options.ValidationRules = [.. options.ValidationRules ?? DocumentValidator.CoreRules, AuthorizationRule.Instance];
        options.CachedDocumentValidationRules = [.. options.CachedDocumentValidationRules ?? [], AuthorizationRule.Instance];
        return next(options);
    }
}
