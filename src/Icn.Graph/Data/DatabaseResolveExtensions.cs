using GraphQL;
using Icn.Domain.Persistence;
using Icn.Graph.Access;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Data;

internal static class DatabaseResolveExtensions
{
    /// <summary>
    /// Runs a query on a context of its own: GraphQL.NET resolves sibling fields in parallel, and a
    /// DbContext must never be shared between them. Contexts come from a pool, so this is cheap.
    /// </summary>
    public static async Task<TResult> QueryAsync<TResult>(this IResolveFieldContext context, Func<IcnDbContext, Viewer, CancellationToken, Task<TResult>> query)
    {
        var services = context.RequestServices!;
        await using var db = await services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContextAsync(context.CancellationToken);
        return await query(db, services.GetRequiredService<Viewer>(), context.CancellationToken);
    }
}
