using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Icn.GraphQL.Schema;

/// <summary>
/// GraphQL.NET's document validator, which also coerces the variables and parses every field's
/// arguments on each request (a walk of the whole document with type information), with the outcome
/// of a request that runs no rules remembered. With no rules (a cached document whose per-request
/// rules this request already passed, see <see cref="PassedValidations"/>), the outcome depends on
/// the document, the operation and the variables alone, so the website's repeated listing request
/// reuses the coerced variables and argument values of the first one. Only successful outcomes are
/// kept; a request with rules to run, or with variables not seen before, is validated as always.
/// </summary>
internal sealed class RememberedCoercion(IConfiguration configuration) : IDocumentValidator, IDisposable
{
    private readonly DocumentValidator validator = new();

    private readonly MemoryCache outcomes = new(new MemoryCacheOptions
    {
        SizeLimit = configuration.GetValue("GraphQL:RememberedCoercionCacheSize", 10_000),
    });

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.Rules is not ICollection<IValidationRule> { Count: 0 })
        {
            return validator.ValidateAsync(options);
        }

        // The document by reference: cached documents are one instance each, so equal keys mean the
        // very nodes the argument values are keyed by.
        var key = new Key(options.Document, options.Operation, VariablesKey.Of(options.Variables, options.UserContext));
        return outcomes.TryGetValue(key, out IValidationResult? remembered) ? Task.FromResult(remembered!) : ValidateAndRememberAsync(options, key);
    }

    private async Task<IValidationResult> ValidateAndRememberAsync(ValidationOptions options, Key key)
    {
        var result = await validator.ValidateAsync(options);
        if (result.IsValid)
        {
            outcomes.Set(key, result, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return result;
    }

    public void Dispose() => outcomes.Dispose();

    private readonly record struct Key(GraphQLDocument Document, GraphQLOperationDefinition? Operation, string Variables);
}
