using System.Linq.Expressions;
using Icn.Domain.Common;
using Icn.Domain.Sectors;
using Icn.Graph.Data;
using Icn.Graph.Paging;

namespace Icn.Graph.Sectors;

/// <summary>Reads a list's sectors in its page query, in the order the <c>sectors</c> field answers them.</summary>
internal static class SectorPreloads
{
    public static SectorsPreload<T> For<T>(Expression<Func<T, IEnumerable<Sector>>> sectors, Func<SectorDataLoaders, BatchLoader<Guid, IReadOnlyList<Sector>>> loader)
        where T : Entity
    {
        var byName = Expression.Call(typeof(Enumerable), nameof(Enumerable.OrderBy), [typeof(Sector), typeof(string)], sectors.Body, (Expression<Func<Sector, string>>)(s => s.Name));
        var ordered = Expression.Lambda<Func<T, List<Sector>>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(Sector)], byName),
            sectors.Parameters);
        return new SectorsPreload<T>(
            ordered,
            (services, id, rows) => loader(services.GetRequiredService<SectorDataLoaders>()).Prime(id, rows));
    }
}
