using System.Linq.Expressions;
using Icn.Domain.Common;
using Icn.Domain.Sectors;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;

namespace Icn.Graph.Sectors;

/// <summary>Reads a list's sectors in its page query, left-joined to the page's rows.</summary>
internal static class SectorPreloads
{
    public static SectorsPreload<T> For<T>(Expression<Func<T, IEnumerable<Sector>>> sectors, Func<SectorDataLoaders, BatchLoader<Guid, IReadOnlyList<Sector>>> loader)
        where T : Entity
    {
        var joined = Expression.Lambda<Func<T, IEnumerable<Sector?>>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.DefaultIfEmpty), [typeof(Sector)], sectors.Body),
            sectors.Parameters);
        return new SectorsPreload<T>(
            joined,
            (loaders, id, rows) => loader(loaders.Get<SectorDataLoaders>()).Prime(id, rows));
    }
}
