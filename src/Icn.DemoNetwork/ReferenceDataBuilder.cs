using Icn.Domain.Common;
using Icn.Domain.Regions;
using Icn.Domain.Sectors;

namespace Icn.DemoNetwork;

/// <summary>
/// The network's reference data, set up on the day the network was: one region per catalog
/// region, and the sector tree with parents linked both ways.
/// </summary>
internal static class ReferenceDataBuilder
{
    public static List<RegionEntry> BuildRegions(SeedRandom random, ReferenceClock clock) =>
        [.. PlaceCatalog.Regions.Select(spec => new RegionEntry(
            new Region { Slug = spec.Slug, Name = spec.Name }.Stamp(random, clock.SetUp, clock.SetUp),
            spec))];

    public static List<TopSector> BuildSectors(SeedRandom random, ReferenceClock clock)
    {
        var tops = new List<TopSector>();
        foreach (var spec in SectorCatalog.Sectors)
        {
            var top = new TopSector(New(random, clock, spec.Name, parent: null), spec);
            foreach (var childSpec in spec.Children)
            {
                var child = New(random, clock, childSpec.Name, top.Entity);
                top.Entity.Children.Add(child);
                top.Children.Add(new SubSector(child, top, childSpec));
            }

            tops.Add(top);
        }

        return tops;
    }

    /// <summary>The entities in insert order: each parent before its children.</summary>
    public static IEnumerable<Sector> Flatten(IEnumerable<TopSector> tops) =>
        tops.SelectMany(t => t.Children.Select(c => c.Entity).Prepend(t.Entity));

    private static Sector New(SeedRandom random, ReferenceClock clock, string name, Sector? parent) =>
        new Sector
        {
            Slug = Slugs.From(name),
            Name = name,
            ParentId = parent?.Id,
            Parent = parent,
        }.Stamp(random, clock.SetUp, clock.SetUp);
}
