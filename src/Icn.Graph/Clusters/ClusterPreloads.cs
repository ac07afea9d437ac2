using Icn.Graph.Paging;

namespace Icn.Graph.Clusters;

/// <summary>Reads a list's cluster (poster, host, author) and that cluster's region in the page query.</summary>
internal static class ClusterPreloads
{
    /// <summary>The cluster's columns that only some of its fields read.</summary>
    public static IReadOnlyList<LargeColumn> LargeColumns { get; } =
    [
        new("Description", "description"),
        new("InternationalStrategy", "internationalStrategy"),
    ];

    /// <param name="field">The field of the list's node, e.g. "postedBy".</param>
    /// <param name="navigation">The entity's navigation property to the cluster, e.g. "PostedBy".</param>
    public static ReferencePreload For(string field, string navigation) =>
        new(field, navigation, LargeColumns, [new ReferencePreload("region", "Region", [], [])]);
}
