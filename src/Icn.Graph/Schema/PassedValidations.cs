using System.Text.Json;
using GraphQL;
using GraphQL.Validation;
using Microsoft.Extensions.Caching.Memory;

namespace Icn.Graph.Schema;

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

    /// <summary>The key of this execution, or null when the caller is signed in.</summary>
    public static string? KeyOf(ExecutionOptions options, string query, IEnumerable<IValidationRule> rules)
    {
        if (options.User?.Identity?.IsAuthenticated == true)
        {
            return null;
        }

        // Variables as the JSON of their coerced input values: equal inputs, equal text.
        var variables = options.Variables is { Count: > 0 } inputs ? JsonSerializer.Serialize<IReadOnlyDictionary<string, object?>>(inputs) : "";
        return string.Join('\n', [string.Join(',', rules.Select(r => r.GetType().Name)), options.OperationName ?? "", variables, query]);
    }

    public bool Contains(string key) => passed.TryGetValue(key, out _);

    public void Add(string key) =>
        passed.Set(key, true, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });

    public void Dispose() => passed.Dispose();
}
