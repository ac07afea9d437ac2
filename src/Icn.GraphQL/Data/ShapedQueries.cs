using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Icn.GraphQL.Data;

/// <summary>
/// Runs queries composed per request (a root list's page query: visibility, filter, cursors, order,
/// projection) through one EF Core compiled query per shape (<see cref="QueryTemplate{TResult}"/>).
/// EF Core's own path extracts the parameters by rewriting the whole tree, then hashes and compares
/// the tree again for its query cache, on every execution: for the listing, about a seventh of the
/// API's CPU. A query this class cannot take apart runs through EF Core as it is.
/// </summary>
public static class ShapedQueries
{
    /// <summary>Enough for every shape of every list (selections, filters, orders, page sizes); past it, queries run as before.</summary>
    private const int MaxShapes = 4096;

    public static async Task<List<TResult>> ListAsync<TContext, TResult>(IQueryable<TResult> query, TContext db, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var (template, values) = Templates<TContext, TResult>.Find(query);
        if (template is null)
        {
            return await query.ToListAsync(cancellationToken);
        }

        var rows = new List<TResult>();
        await foreach (var row in template.Run(db, values!).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Templates by context type too: a compiled query runs on the context type it was compiled for.</summary>
    private static class Templates<TContext, TResult>
        where TContext : DbContext
    {
        private static readonly ConcurrentDictionary<int, QueryTemplate<TContext, TResult>[]> ByHash = new();
        private static readonly Lock Adding = new();
        private static int count;

        /// <summary>The template of the query's shape and the query's values, made on the shape's first query; none when the query is not understood.</summary>
        public static (QueryTemplate<TContext, TResult>? Template, object?[]? Values) Find(IQueryable<TResult> query)
        {
            var hash = QueryShape.HashOf(query.Expression);
            if (ByHash.TryGetValue(hash, out var candidates) && Match(candidates, query) is { Template: not null } found)
            {
                return found;
            }

            lock (Adding)
            {
                if (ByHash.TryGetValue(hash, out candidates) && Match(candidates, query) is { Template: not null } raced)
                {
                    return raced;
                }

                if (count >= MaxShapes || !QueryShape.IsSupported(query.Expression))
                {
                    return (null, null);
                }

                var template = QueryTemplate<TContext, TResult>.Of(query.Expression);
                var values = new object?[template?.ValueCount ?? 0];
                if (template is null || !template.Matches(query.Expression, values))
                {
                    // Too many values for a compiled query; or, not expected, a template that does
                    // not match the query it was made from. Such a shape's queries go through EF Core.
                    return (null, null);
                }

                ByHash[hash] = [.. candidates ?? [], template];
                count++;
                return (template, values);
            }
        }

        private static (QueryTemplate<TContext, TResult>? Template, object?[]? Values) Match(QueryTemplate<TContext, TResult>[] candidates, IQueryable<TResult> query)
        {
            foreach (var candidate in candidates)
            {
                var values = candidate.ValueCount == 0 ? [] : new object?[candidate.ValueCount];
                if (candidate.Matches(query.Expression, values))
                {
                    return (candidate, values);
                }
            }

            return (null, null);
        }
    }
}
