using Icn.Domain.Regions;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;

namespace Icn.Graph.Regions;

/// <summary>Reads a list's region (a cluster's) in the page query.</summary>
internal static class RegionPreloads
{
    /// <summary>The region's columns that only some of its fields read (none reads its timestamps).</summary>
    public static IReadOnlyList<OptionalColumn> OptionalColumns { get; } =
    [
        new(nameof(Region.Slug), "slug"),
        new(nameof(Region.Version), "version"),
        new(nameof(Region.CreatedAt)),
        new(nameof(Region.UpdatedAt)),
    ];

    /// <param name="field">The field of the list's node, e.g. "region".</param>
    /// <param name="navigation">The entity's navigation property to the region, e.g. "Region".</param>
    public static ReferencePreload For(string field, string navigation) => new(field, navigation, OptionalColumns, []);
}
