using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace Icn.GraphQL.Limits;

/// <summary>
/// Adds the shape and cost limits to every execution. Complexity depends on the variables (a
/// page size may be one), so it also runs on cached documents; the shape of a document does not.
/// </summary>
internal sealed class LimitsExecution(GraphQLLimitsOptions limits) : IConfigureExecution
{
    private readonly ComplexityValidationRule complexity = new(CancellableComplexity(new ComplexityOptions
    {
        MaxDepth = limits.MaxDepth,
        MaxComplexity = limits.MaxComplexity,
        DefaultListImpactMultiplier = limits.DefaultListSize,
    }));

    private readonly DocumentShapeRule shape = new(limits);

    /// <summary>Before the document cache (200), which chooses between the two rule lists.</summary>
    public float SortOrder => 110;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        options.ValidationRules = [.. options.ValidationRules ?? DocumentValidator.CoreRules, shape, complexity];
        options.CachedDocumentValidationRules = [.. options.CachedDocumentValidationRules ?? [], complexity];
        return next(options);
    }

    /// <summary>
    /// GraphQL.NET's complexity walk expands every fragment where it is spread and does not look at
    /// the request's cancellation; asking it at every field it prices stops the walk at the
    /// request's timeout, whatever the document.
    /// </summary>
    private static ComplexityOptions CancellableComplexity(ComplexityOptions options)
    {
        var price = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = field =>
        {
            field.ValidationContext.CancellationToken.ThrowIfCancellationRequested();
            return price(field);
        };
        return options;
    }
}
