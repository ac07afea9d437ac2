using Icn.Domain.Clusters;
using Icn.Domain.Membership;

namespace Icn.DemoNetwork;

/// <summary>
/// A generated cluster with where it is and what it focuses on: the later builders write its
/// members, opportunities and events from this, so texts and places stay consistent.
/// </summary>
internal sealed class ClusterProfile(Cluster cluster, RegionEntry region, CountrySpec country, CitySpec city, IReadOnlyList<TopSector> focus)
{
    public Cluster Cluster => cluster;

    public RegionEntry Region => region;

    public CountrySpec Country => country;

    public CitySpec City => city;

    /// <summary>The top-level sectors the cluster works in.</summary>
    public IReadOnlyList<TopSector> Focus => focus;

    public IReadOnlyList<SubSector> FocusSubSectors { get; } = [.. focus.SelectMany(t => t.Children)];

    public MembershipStatus Status => cluster.Membership.Status;

    /// <summary>Members and suspended members: the clusters that post, register and show on websites.</summary>
    public bool IsPublic => ClusterMembership.PublicStatuses.Contains(Status);
}
