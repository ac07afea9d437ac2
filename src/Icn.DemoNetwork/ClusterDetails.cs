using Icn.Domain.Clusters;
using Icn.Domain.Common;
using Icn.Domain.Membership;

namespace Icn.DemoNetwork;

/// <summary>A cluster's profile beyond name and place: membership, size, texts, contact and change times.</summary>
internal static class ClusterDetails
{
    /// <summary>ICN's first members joined in 2010; nobody is a member from before.</summary>
    private static readonly DateOnly FirstMembership = new(2010, 1, 1);

    public static void Fill(SeedRandom random, ReferenceClock clock, ClusterProfile profile, MembershipStatus status, IReadOnlyList<RegionEntry> regions)
    {
        var cluster = profile.Cluster;
        var year = clock.Today.Year;
        var applicant = status == MembershipStatus.Applicant;
        cluster.FoundedYear = applicant ? random.Between(2005, year - 3) : random.Between(1995, year - 8);
        cluster.Membership = new ClusterMembership { Status = status, Since = applicant ? null : Since(random, clock, status, cluster.FoundedYear.Value) };
        cluster.MemberCount = applicant ? random.Between(60, 300) : random.Between(80, 650);
        var research = Math.Max(3, cluster.MemberCount * random.Between(8, 16) / 100);
        var publicBodies = Math.Max(2, cluster.MemberCount * random.Between(3, 7) / 100);
        cluster.Helix = new TripleHelix { Companies = cluster.MemberCount - research - publicBodies, ResearchInstitutions = research, PublicAuthorities = publicBodies };

        // ".example" is reserved for examples: demo links can never lead to somebody's real site.
        cluster.Website = $"https://www.{cluster.Slug}.example";
        var sub = random.Pick(profile.FocusSubSectors);
        var others = random.PickDistinct([.. regions.Where(r => r != profile.Region)], 2);
        var slots = new TextSlots
        {
            Topic = random.Pick(sub.Spec.Topics),
            Sector = Prose.Lower(sub.Parent.Spec.Name),
            Country = profile.Country.Name,
            Region = others[0].Spec.Name,
            Partner = others[1].Spec.Name,
        };
        var sectors = Prose.JoinAnd([.. profile.Focus.Select(t => Prose.Lower(t.Spec.Name))]);
        cluster.Description =
            $"{cluster.Name} brings together {Prose.Number(cluster.Helix.Companies)} companies, {Prose.Number(research)} research institutions " +
            $"and {Prose.Number(publicBodies)} public bodies in and around {profile.City.Name}, working on {sectors}. " +
            $"Founded in {Prose.Number(cluster.FoundedYear.Value)}, the cluster {slots.Fill(random.Pick(ClusterWords.Activities))}.";
        cluster.InternationalStrategy = slots.Fill(random.Pick(ClusterWords.Strategies));

        var (given, family) = PersonNames.Next(random, profile.Country.Names);
        cluster.Contact = new ClusterContact
        {
            Name = $"{given} {family}",
            Email = $"{Slugs.From(given)}.{Slugs.From(family)}@{cluster.Slug}.example",
            Phone = $"{profile.Country.CallingCode} {random.Between(20, 99)} {random.Between(100, 999)} {random.Between(1000, 9999)}",
        };

        var created = cluster.Membership.Since is { } since
            ? ReferenceClock.Max(clock.SetUp, ReferenceClock.AtUtc(since, 9)).AddMinutes(random.Between(0, 480))
            : clock.DaysAgo(random, 5, 150);
        cluster.Stamp(random, created, ReferenceClock.Between(random, created, clock.Now));
    }

    /// <summary>Members joined at least two months ago; suspended and former ones years ago.</summary>
    private static DateOnly Since(SeedRandom random, ReferenceClock clock, MembershipStatus status, int foundedYear)
    {
        var earliest = new DateOnly(Math.Max(foundedYear + 2, FirstMembership.Year), 1, 1);
        var latest = status switch
        {
            MembershipStatus.Member => clock.Today.AddDays(-60),
            MembershipStatus.Suspended => clock.Today.AddYears(-3),
            _ => clock.Today.AddYears(-5),
        };
        return ReferenceClock.Between(random, earliest, latest);
    }
}
