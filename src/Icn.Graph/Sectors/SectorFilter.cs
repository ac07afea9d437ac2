using Icn.Domain.Sectors;
using Icn.GraphQL.Filtering;

namespace Icn.Graph.Sectors;

/// <summary>How sectors are filtered where a list filters through them (<c>sectors: { some: { slug: { eq: "hydrogen" } } }</c>).</summary>
internal static class SectorFilter
{
    public static FilterDefinition<Sector> Definition { get; } = new FilterDefinition<Sector>("SectorFilter", "Conditions on a sector.")
        .Id("Sector")
        .String("slug", "The sector's slug.", s => s.Slug)
        .String("name", "The sector's name.", s => s.Name);
}

internal sealed class SectorFilterGraphType() : EntityFilterGraphType<Sector>(SectorFilter.Definition);
