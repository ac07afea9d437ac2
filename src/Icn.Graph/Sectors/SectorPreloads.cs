using System.Linq.Expressions;
using Icn.Domain.Common;
using Icn.Domain.Sectors;
using Icn.Graph.Data;
using Icn.Graph.Paging;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Sectors;

/// <summary>Joins a list's sectors into the page query, in the order the <c>sectors</c> field answers them.</summary>
internal static class SectorPreloads
{
    public static Preload<T> For<T>(Expression<Func<T, IEnumerable<Sector>>> sectors, Func<SectorDataLoaders, BatchLoader<Guid, IReadOnlyList<Sector>>> loader)
        where T : Entity
    {
        var read = sectors.Compile();
        var ordered = Expression.Lambda<Func<T, IEnumerable<Sector>>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.OrderBy), [typeof(Sector), typeof(string)], sectors.Body, (Expression<Func<Sector, string>>)(s => s.Name)),
            sectors.Parameters);
        return new Preload<T>(
            "sectors",
            rows => rows.Include(ordered),
            (services, row) => loader(services.GetRequiredService<SectorDataLoaders>()).Prime(row.Id, read(row).ToList()));
    }
}
