using Icn.Domain.Clusters;
using Icn.Domain.Common;
using Icn.Domain.Membership;

namespace Icn.DemoNetwork;

/// <summary>
/// The clusters: 30 public ones (members, two of them suspended) spread round the regions,
/// plus applicants and former members that websites never show.
/// </summary>
internal static class ClusterBuilder
{
    private const int PublicClusters = 30;

    public static List<ClusterProfile> Build(SeedRandom random, ReferenceClock clock, IReadOnlyList<RegionEntry> regions, IReadOnlyList<TopSector> sectors)
    {
        var statuses = random.Deck([(MembershipStatus.Member, PublicClusters - 2), (MembershipStatus.Suspended, 2)]);
        statuses.AddRange([MembershipStatus.Applicant, MembershipStatus.Applicant, MembershipStatus.Applicant, MembershipStatus.Applicant]);
        statuses.AddRange([MembershipStatus.Former, MembershipStatus.Former, MembershipStatus.Former]);

        var names = new SlugRegistry();
        var slugs = new SlugRegistry();
        var usedCities = new HashSet<CitySpec>();
        var profiles = new List<ClusterProfile>();
        for (var i = 0; i < statuses.Count; i++)
        {
            // Public clusters go round the regions in turn so every region has several of them.
            var region = i < PublicClusters ? regions[i % regions.Count] : random.Pick(regions);
            var (country, city) = PickCity(random, region.Spec, usedCities);
            var focus = random.PickDistinct(sectors, random.Between(3, 5));
            var slots = new TextSlots { City = city.Name, Adjective = country.Adjective };
            var name = names.Claim(() => slots.Fill(random.Pick(ClusterWords.Names)));
            var cluster = new Cluster
            {
                Slug = slugs.ClaimUnique(Slugs.From(name), 80),
                Name = name,
                Description = string.Empty,
                RegionId = region.Entity.Id,
                CountryCode = country.Code,
                City = city.Name,
            };
            var profile = new ClusterProfile(cluster, region, country, city, focus);
            ClusterDetails.Fill(random, clock, profile, statuses[i], regions);
            foreach (var top in focus)
            {
                cluster.Sectors.Add(top.Entity);
                cluster.Sectors.AddRange(random.PickDistinct(top.Children, random.Between(1, 2)).Select(c => c.Entity));
            }

            profiles.Add(profile);
        }

        return profiles;
    }

    /// <summary>A city of the region no other cluster has, so cluster names and places stay distinct.</summary>
    private static (CountrySpec Country, CitySpec City) PickCity(SeedRandom random, RegionSpec region, HashSet<CitySpec> used)
    {
        var all = region.Countries.SelectMany(c => c.Cities.Select(city => (Country: c, City: city))).ToList();
        var free = all.Where(p => !used.Contains(p.City)).ToList();
        var choice = random.Pick(free.Count > 0 ? free : all);
        used.Add(choice.City);
        return choice;
    }
}
