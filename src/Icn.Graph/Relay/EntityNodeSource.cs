using Icn.Domain.Common;
using Icn.Domain.Persistence;
using Icn.Graph.Access;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Relay;

/// <summary>The node source of one entity type, filtered by the same visibility rule as its lists.</summary>
internal sealed class EntityNodeSource<T>(
    string typeName,
    Func<IQueryable<T>, Viewer, IQueryable<T>> visibleTo,
    IDbContextFactory<IcnDbContext> databases) : INodeSource
    where T : Entity
{
    public string TypeName => typeName;

    public async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> keys, Viewer viewer, CancellationToken cancellationToken)
    {
        var wanted = keys.ToArray();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await visibleTo(db.Set<T>().AsNoTracking(), viewer)
            .Where(e => wanted.Contains(e.Id))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(e => e.Id, e => (object)e);
    }
}
