using GraphQL.Types;
using Icn.Domain.Sectors;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;

namespace Icn.Graph.Sectors;

internal sealed class SectorType : ObjectGraphType<Sector>
{
    public SectorType()
    {
        this.ImplementNode("Sector");
        Description = "A node of the cleantech taxonomy, e.g. renewable energy, and within it offshore wind.";
        Field(s => s.Slug).Description("The sector's stable, URL-friendly name, e.g. \"renewable-energy\".");
        Field(s => s.Name).Description("The sector's display name.");
        Field<SectorType>("parent")
            .Description("The broader sector this one belongs to; null for a top-level sector.")
            .Resolve(context => context.Source.ParentId is { } parentId
                ? context.Loaders<SectorDataLoaders>().ById.Load(parentId)
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorType>>>>("children")
            .Description("The narrower sectors within this one, by name.")
            .Resolve(context => context.Loaders<SectorDataLoaders>().ChildrenOf.Load(context.Source.Id));
    }
}
