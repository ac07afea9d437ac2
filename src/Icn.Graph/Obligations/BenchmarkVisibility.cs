using Icn.Domain.Obligations;
using Icn.Domain.Staff;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

namespace Icn.Graph.Obligations;

/// <summary>Which benchmarks a viewer may read: all for the network's staff, an editor their own cluster's, nobody else any.</summary>
internal static class BenchmarkVisibility
{
    public static IQueryable<Benchmark> VisibleTo(this IQueryable<Benchmark> rows, Viewer viewer) =>
        viewer.SeesRestrictedData ? rows
        : viewer.IsInRole(StaffRoles.ClusterEditor) && viewer.ClusterId is { } own ? rows.Where(b => b.ClusterId == own)
        : rows.Where(_ => false);

    /// <summary>Whether the viewer may read the benchmarks of <paramref name="clusterId"/>.</summary>
    public static bool MayReadBenchmarksOf(this Viewer viewer, Guid clusterId) =>
        viewer.SeesRestrictedData || (viewer.IsInRole(StaffRoles.ClusterEditor) && viewer.ClusterId == clusterId);
}
