using Icn.Domain.Common;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using System.Linq.Expressions;
using Icn.GraphQL.Data;

namespace Icn.Graph.Engine.Data;

/// <summary>The shapes of batched loader that the areas build theirs from: by key, and a collection by owner.</summary>
internal static class Loaders
{
    /// <summary>Rows of <typeparamref name="T"/> by id, in one query for all ids asked in a level.</summary>
    public static BatchLoader<Guid, T?> ById<T>(IDbContextFactory<IcnDbContext> databases)
        where T : Entity =>
        new(async (keys, cancellationToken) =>
        {
            var wanted = keys.ToArray();
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var rows = await db.Set<T>().AsNoTracking().Where(e => wanted.Contains(e.Id)).ToListAsync(cancellationToken);
            return rows.ToDictionary(e => e.Id, e => (T?)e);
        }, null);

    /// <summary>A many-to-many collection of each owner (its sectors, its target regions), ordered by <paramref name="orderBy"/>.</summary>
    public static BatchLoader<Guid, IReadOnlyList<TItem>> CollectionOf<TOwner, TItem, TOrder>(
        IDbContextFactory<IcnDbContext> databases,
        Expression<Func<TOwner, IEnumerable<TItem>>> collection,
        Func<TItem, TOrder> orderBy)
        where TOwner : Entity =>
        new(async (keys, cancellationToken) =>
        {
            var wanted = keys.ToArray();
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var rows = await db.Set<TOwner>().AsNoTracking()
                .Where(owner => wanted.Contains(owner.Id))
                .SelectMany(collection, (owner, item) => new { owner.Id, Item = item })
                .ToListAsync(cancellationToken);
            return rows.GroupBy(r => r.Id).ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<TItem>)g.Select(r => r.Item).OrderBy(orderBy).ToList());
        }, []);
}
