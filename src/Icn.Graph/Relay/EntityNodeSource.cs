using System.Linq.Expressions;
using Icn.Domain.Persistence;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Relay;

/// <summary>The node source of one stored type, filtered by the same visibility rule as its lists.</summary>
internal sealed class EntityNodeSource<T>(
    string typeName,
    Expression<Func<T, Guid>> key,
    Func<IQueryable<T>, Viewer, IQueryable<T>> visibleTo,
    IDbContextFactory<IcnDbContext> databases) : INodeSource
    where T : class
{
    private readonly Func<T, Guid> keyOf = key.Compile();

    public string TypeName => typeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> keys, Viewer viewer, CancellationToken cancellationToken)
    {
        var wanted = keys.ToArray();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await visibleTo(db.Set<T>().AsNoTracking(), viewer)
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
