using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Icn.GraphQL.Relay;

/// <summary>
/// The node source of one stored type, filtered by the same visibility rule as its lists: the rule
/// is given the request's <typeparamref name="TCaller"/> (the host's notion of who is calling,
/// a scoped service).
/// </summary>
internal sealed class EntityNodeSource<TContext, TCaller, T>(
    string typeName,
    Expression<Func<T, Guid>> key,
    Func<IQueryable<T>, TCaller, IQueryable<T>> visibleTo,
    IDbContextFactory<TContext> databases) : INodeSource
    where TContext : DbContext
    where TCaller : notnull
    where T : class
{
    private readonly Func<T, Guid> keyOf = key.Compile();

    public string TypeName => typeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> keys, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        var caller = requestServices.GetRequiredService<TCaller>();
        var wanted = keys.ToArray();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await visibleTo(db.Set<T>().AsNoTracking(), caller)
            .Where(KeyIn(wanted))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(keyOf, row => (object)row);
    }

    /// <summary><c>row =&gt; wanted.Contains(key(row))</c>, for any key property.</summary>
    private Expression<Func<T, bool>> KeyIn(Guid[] wanted)
    {
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], Expression.Constant(wanted), key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }
}
