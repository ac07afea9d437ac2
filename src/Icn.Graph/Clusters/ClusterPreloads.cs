using Icn.Domain.Clusters;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Regions;

namespace Icn.Graph.Clusters;

/// <summary>Reads a list's cluster (poster, host, author) and that cluster's region in the page query.</summary>
internal static class ClusterPreloads
{
    /// <summary>
    /// The cluster's columns and owned parts that only some of its fields read (none reads its
    /// timestamps). Its sort keys (name, founding year, member count) are always read.
    /// </summary>
    public static IReadOnlyList<OptionalColumn> OptionalColumns { get; } =
    [
        new(nameof(Cluster.Description), "description"),
        new(nameof(Cluster.InternationalStrategy), "internationalStrategy"),
        new(nameof(Cluster.CountryCode), "countryCode"),
        new(nameof(Cluster.City), "city"),
        new(nameof(Cluster.Website), "website"),
        new(nameof(Cluster.LogoUrl), "logoUrl"),
        new(nameof(Cluster.Helix), "helix"),
        new(nameof(Cluster.Membership), "membership"),
        new(nameof(Cluster.Contact), "contact"),
        new(nameof(Cluster.Version), "version"),
        new(nameof(Cluster.CreatedAt)),
        new(nameof(Cluster.UpdatedAt)),
    ];

    /// <param name="field">The field of the list's node, e.g. "postedBy".</param>
    /// <param name="navigation">The entity's navigation property to the cluster, e.g. "PostedBy".</param>
    public static ReferencePreload For(string field, string navigation) =>
        new(field, navigation, OptionalColumns, [RegionPreloads.For("region", nameof(Cluster.Region))]);
}
