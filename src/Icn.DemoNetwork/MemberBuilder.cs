using Icn.Domain.Common;
using Icn.Domain.Members;

namespace Icn.DemoNetwork;

/// <summary>
/// The member organisations of the clusters: mostly companies, then research institutions,
/// public authorities and others, named and described from the cluster's place and sectors.
/// </summary>
internal static class MemberBuilder
{
    /// <summary>Every public cluster lists at least this many members, so no website shows an empty list.</summary>
    private const int MinimumPerPublicCluster = 5;

    private static readonly (MemberKind, int)[] KindWeights =
        [(MemberKind.Company, 66), (MemberKind.ResearchInstitution, 16), (MemberKind.PublicAuthority, 10), (MemberKind.Other, 8)];

    public static List<Member> Build(SeedRandom random, ReferenceClock clock, IReadOnlyList<ClusterProfile> clusters, int total)
    {
        var counts = Allocate(random, clusters, total);
        var names = new SlugRegistry();
        var members = new List<Member>(total);
        for (var i = 0; i < clusters.Count; i++)
        {
            for (var k = 0; k < counts[i]; k++)
            {
                members.Add(NewMember(random, clock, clusters[i], names));
            }
        }

        return members;
    }

    /// <summary>A floor for every public cluster, the rest shared in proportion to each cluster's size.</summary>
    private static int[] Allocate(SeedRandom random, IReadOnlyList<ClusterProfile> clusters, int total)
    {
        var counts = clusters.Select(c => c.IsPublic ? MinimumPerPublicCluster : 0).ToArray();
        var weights = clusters.Select((c, i) => (Index: i, Weight: Math.Max(1, c.IsPublic ? c.Cluster.MemberCount : c.Cluster.MemberCount / 4))).ToList();
        for (var left = total - counts.Sum(); left > 0; left--)
        {
            counts[random.PickWeighted(weights)]++;
        }

        return counts;
    }

    private static Member NewMember(SeedRandom random, ReferenceClock clock, ClusterProfile profile, SlugRegistry names)
    {
        var kind = random.PickWeighted(KindWeights);
        var country = random.Chance(0.9) ? profile.Country : random.Pick(profile.Region.Spec.Countries);
        var city = country == profile.Country && random.Chance(0.6) ? profile.City : random.Pick(country.Cities);
        var sub = random.Pick(profile.FocusSubSectors);
        var name = names.Claim(() => OrganisationNamer.Name(random, kind, country, city, sub));
        var slots = new TextSlots
        {
            Product = random.Pick(sub.Spec.Products),
            Topic = random.Pick(sub.Spec.Topics),
            Sector = Prose.Lower(sub.Parent.Spec.Name),
            City = city.Name,
            Region = profile.Region.Spec.Name,
            Count = Prose.Number(random.Between(3, 25)),
        };
        var member = new Member
        {
            ClusterId = profile.Cluster.Id,
            Name = name,
            Kind = kind,
            CountryCode = country.Code,
            Website = $"https://www.{Slugs.From(Prose.WithoutLegalForm(country, name), 60)}.example",
            Description = slots.Fill(random.Pick(OrganisationNamer.Descriptions(kind))),
        };
        member.Sectors.AddRange(random.PickDistinct(profile.FocusSubSectors, random.Between(1, 2)).Select(s => s.Entity));
        var created = ReferenceClock.Between(random, profile.Cluster.CreatedAt, clock.Now.AddHours(-1));
        return member.Stamp(random, created, random.Chance(0.7) ? created : ReferenceClock.Between(random, created, clock.Now));
    }
}
