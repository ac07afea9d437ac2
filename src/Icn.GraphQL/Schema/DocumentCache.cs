using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Icn.GraphQL.Schema;

/// <summary>
/// Keeps parsed and validated documents by their text, so a website's repeated query skips
/// parsing and validation. Only documents that passed validation are kept; per-request rules
/// (GET allows queries only) still run on a cached document through CachedDocumentValidationRules.
/// </summary>
internal sealed class DocumentCache(IConfiguration configuration, PassedValidations passedValidations) : IConfigureExecution, IDisposable
{
    private readonly MemoryCache documents = new(new MemoryCacheOptions
    {
        SizeLimit = configuration.GetValue("GraphQL:DocumentCacheSize", 1000),
    });

    /// <summary>Runs before GraphQL.NET parses the document.</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        if (documents.TryGetValue(query, out GraphQLDocument? cached) && cached is not null)
        {
            // It passed every rule when it was cached; only the rules that depend on the request run
            // again, and not even those when this request passed them before (PassedValidations).
            options.Document = cached;
            var rules = options.CachedDocumentValidationRules ?? [];
            var passKey = PassedValidations.KeyOf(options, cached, rules);
            var passedBefore = passKey is { } known && passedValidations.Contains(known);
            options.ValidationRules = passedBefore ? [] : rules;
            var cachedResult = await next(options);
            if (passKey is { } passing && !passedBefore && cachedResult.Executed)
            {
                passedValidations.Add(passing);
            }

            return cachedResult;
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } document)
        {
            documents.Set(query, document, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return result;
    }

    public void Dispose() => documents.Dispose();
}
