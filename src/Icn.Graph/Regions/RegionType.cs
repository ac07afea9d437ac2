using GraphQL.Types;
using Icn.Domain.Regions;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;

namespace Icn.Graph.Regions;

internal sealed class RegionType : ObjectGraphType<Region>
{
    public RegionType()
    {
        this.ImplementNode("Region");
        Description = "A world region used for scoping, e.g. Nordics or DACH.";
        Field(r => r.Slug).Description("The region's stable, URL-friendly name, e.g. \"nordics\".");
        Field(r => r.Name).Description("The region's display name.");
    }
}
