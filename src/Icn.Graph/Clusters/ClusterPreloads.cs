using System.Linq.Expressions;
using Icn.Domain.Clusters;
using Icn.Graph.Paging;
using Icn.Graph.Regions;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Clusters;

/// <summary>Joins a list's cluster (poster, host, author) and that cluster's region into the page query.</summary>
internal static class ClusterPreloads
{
    public static IEnumerable<Preload<T>> For<T>(string field, Expression<Func<T, Cluster?>> cluster)
        where T : class
    {
        var read = cluster.Compile();
        yield return new Preload<T>(
            field,
            rows => rows.Include(cluster),
            (services, row) =>
            {
                if (read(row) is { } loaded)
                {
                    services.GetRequiredService<ClusterDataLoaders>().ById.Prime(loaded.Id, loaded);
                }
            });
        yield return new Preload<T>(
            field + ".region",
            rows => rows.Include(cluster).ThenInclude(c => c!.Region),
            (services, row) =>
            {
                if (read(row)?.Region is { } region)
                {
                    services.GetRequiredService<RegionDataLoaders>().ById.Prime(region.Id, region);
                }
            });
    }
}
