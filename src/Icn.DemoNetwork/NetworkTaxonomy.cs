using Icn.Domain.Regions;
using Icn.Domain.Sectors;

namespace Icn.DemoNetwork;

/// <summary>A generated region entity with the catalog entry it was made from.</summary>
internal sealed record RegionEntry(Region Entity, RegionSpec Spec);

// Classes, not records: a top sector and its sub-sectors point at each other, and record
// equality would walk that cycle forever.

/// <summary>A generated top-level sector entity and its sub-sectors.</summary>
internal sealed class TopSector(Sector entity, TopSectorSpec spec)
{
    public Sector Entity => entity;

    public TopSectorSpec Spec => spec;

    public List<SubSector> Children { get; } = [];
}

/// <summary>A generated sub-sector entity, its parent, and the products and topics texts draw on.</summary>
internal sealed class SubSector(Sector entity, TopSector parent, SubSectorSpec spec)
{
    public Sector Entity => entity;

    public TopSector Parent => parent;

    public SubSectorSpec Spec => spec;

    /// <summary>The sub-sector with its parent: what an opportunity, event or article is tagged with.</summary>
    public IEnumerable<Sector> WithParent() => [entity, parent.Entity];
}
