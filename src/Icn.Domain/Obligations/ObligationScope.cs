using Icn.Domain.Clusters;
using Icn.Domain.Membership;
using Icn.Domain.Persistence;

namespace Icn.Domain.Obligations;

/// <summary>Which clusters owe obligations in a membership year.</summary>
public static class ObligationScope
{
    /// <summary>
    /// The clusters that owe obligations in <paramref name="year"/>: members by then (joined before
    /// its end). Without a cluster, those whose membership stands now (MEMBER or SUSPENDED); a named
    /// cluster may also be a former member, for the years it belonged.
    /// </summary>
    public static IQueryable<Cluster> Clusters(IcnDbContext db, Guid? cluster, int year)
    {
        ArgumentNullException.ThrowIfNull(db);
        var nextYear = new DateOnly(year + 1, 1, 1);
        var members = db.Clusters.Where(c => c.Membership.Since != null && c.Membership.Since < nextYear);
        return cluster is { } id
            ? members.Where(c => c.Id == id)
            : members.Where(c => ClusterMembership.PublicStatuses.Contains(c.Membership.Status));
    }
}
