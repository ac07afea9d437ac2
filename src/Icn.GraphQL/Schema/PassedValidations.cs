using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Icn.GraphQL.Schema;

/// <summary>
/// Remembers which anonymous executions of a cached document passed the rules that run again on it
/// (authorization, introspection, complexity, GET-only), so the same request from the next visitor
/// of a website skips walking the document. For an anonymous caller those rules answer from the
/// document, the operation, the variables (page sizes, @include and @skip) and the rules themselves
/// alone, and that is the key; a signed-in caller, whose roles decide, always runs them.
/// </summary>
internal sealed class PassedValidations(IConfiguration configuration) : IDisposable
{
    private readonly MemoryCache passed = new(new MemoryCacheOptions
    {
        SizeLimit = configuration.GetValue("GraphQL:PassedValidationCacheSize", 10_000),
    });

    /// <summary>
    /// The key of this execution of a cached document, or null when the caller is signed in. The
    /// document by reference: a cached document is one instance, so the same reference is the same text.
    /// </summary>
    public static Key? KeyOf(ExecutionOptions options, GraphQLDocument document, IEnumerable<IValidationRule> rules)
    {
        if (options.User?.Identity?.IsAuthenticated == true)
        {
            return null;
        }

        return new Key(string.Join(',', rules.Select(r => r.GetType().Name)), document, options.OperationName, VariablesKey.Of(options.Variables, options.UserContext));
    }

    public bool Contains(Key key) => passed.TryGetValue(key, out _);

    public void Add(Key key) =>
        passed.Set(key, true, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });

    public void Dispose() => passed.Dispose();

    public readonly record struct Key(string Rules, GraphQLDocument Document, string? OperationName, string Variables);
}
