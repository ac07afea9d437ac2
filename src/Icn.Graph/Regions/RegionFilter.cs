using Icn.Domain.Regions;
using Icn.GraphQL.Filtering;

namespace Icn.Graph.Regions;

/// <summary>How regions are filtered where another list filters through them (a cluster's region, an opportunity's target regions).</summary>
internal static class RegionFilter
{
    public static FilterDefinition<Region> Definition { get; } = new FilterDefinition<Region>("RegionFilter", "Conditions on a region.")
        .Id("Region")
        .String("slug", "The region's slug.", r => r.Slug)
        .String("name", "The region's name.", r => r.Name);
}

internal sealed class RegionFilterGraphType() : EntityFilterGraphType<Region>(RegionFilter.Definition);
