using Icn.Domain.Clusters;
using Icn.Domain.Regions;
using Icn.Domain.Sectors;
using Icn.GraphQL.Filtering;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Regions;
using Icn.Graph.Sectors;
using Icn.GraphQL.Sorting;

namespace Icn.Graph.Clusters;

/// <summary>The filter and orders of every list of clusters.</summary>
internal static class ClusterList
{
    public static FilterDefinition<Cluster> Filter { get; } = new FilterDefinition<Cluster>("ClusterFilter", "Conditions on a cluster; several fields must all hold.")
        .Id("Cluster")
        .String("slug", "The cluster's slug.", c => c.Slug)
        .String("name", "The cluster's name.", c => c.Name)
        .String("countryCode", "The cluster's country (ISO 3166-1 alpha-2).", c => c.CountryCode)
        .String("city", "The cluster's city.", c => c.City)
        .Int("foundedYear", "The year the cluster was founded.", c => c.FoundedYear)
        .Int("memberCount", "The size of the cluster's member base.", c => c.MemberCount)
        .Enum<Cluster, MembershipStatusGraphType, Domain.Membership.MembershipStatus>("membershipStatus", "The cluster's membership status.", c => c.Membership.Status)
        .Relation<Cluster, Region, RegionFilterGraphType>("region", "The cluster's region.", c => c.Region, () => RegionFilter.Definition)
        .Collection<Cluster, Sector, SectorFilterGraphType>("sectors", "The cluster's sectors.", c => c.Sectors, () => SectorFilter.Definition);

    public static SortDefinition<Cluster> Sort { get; } = new SortDefinition<Cluster>("ClusterSort", "One way to order clusters.")
        .Add("name", "By name.", c => c.Name)
        .Add("foundedYear", "By founding year.", c => c.FoundedYear)
        .Add("memberCount", "By the size of the member base.", c => c.MemberCount);

    public static ListDefinition<Cluster> Definition { get; } = new(
        Filter, typeof(ClusterFilterGraphType), Sort, typeof(ClusterSortGraphType),
        new SortOrder<Cluster>([(Sort["name"], false)]), "name ascending")
    {
        References = [RegionPreloads.For("region", nameof(Cluster.Region))],
        Collection = SectorPreloads.For<Cluster>(c => c.Sectors, l => l.OfCluster),
        OptionalColumns = ClusterPreloads.OptionalColumns,
    };
}

internal sealed class ClusterFilterGraphType() : EntityFilterGraphType<Cluster>(ClusterList.Filter);

internal sealed class ClusterSortGraphType() : EntitySortGraphType<Cluster>(ClusterList.Sort);
