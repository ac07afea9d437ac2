using GraphQL;
using Icn.Domain.Persistence;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;
using Icn.GraphQL.Data;

namespace Icn.Graph.Engine.Data;

internal static class DatabaseResolveExtensions
{
    /// <summary>
    /// Runs a query on a context of its own: GraphQL.NET resolves sibling fields in parallel, and a
    /// DbContext must never be shared between them. Contexts come from a pool, so this is cheap.
    /// </summary>
    public static Task<TResult> QueryAsync<TResult>(this IResolveFieldContext context, Func<IcnDbContext, Viewer, CancellationToken, Task<TResult>> query) =>
        context.RequestServices!.QueryAsync(query, context.CancellationToken);

    /// <summary>
    /// The same for work that runs after the field has resolved (a batch, a lazy count): GraphQL.NET
    /// reuses resolve contexts, so such work keeps the request's services, never the context.
    /// </summary>
    public static async Task<TResult> QueryAsync<TResult>(this IServiceProvider requestServices, Func<IcnDbContext, Viewer, CancellationToken, Task<TResult>> query, CancellationToken cancellationToken)
    {
        await using var db = await requestServices.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContextAsync(cancellationToken);
        // The execution's timeout (GraphQLLimitsOptions.ExecutionTimeout, shorter than Npgsql's
        // command timeout) cancels the command through the token; Npgsql's own timeout would only
        // arm and disarm a timer on every read of the answer, under the process's timer lock.
        db.Database.SetCommandTimeout(0);
        return await query(db, requestServices.GetRequiredService<Viewer>(), cancellationToken);
    }
}
