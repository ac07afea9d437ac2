using Icn.Domain.Opportunities;

namespace Icn.DemoNetwork;

/// <summary>
/// The opportunities public clusters share: drafts, published and closed ones, published over
/// the last eighteen months, with deadlines before and after the reference date.
/// </summary>
internal static class OpportunityBuilder
{
    public static List<Opportunity> Build(SeedRandom random, ReferenceClock clock, IReadOnlyList<ClusterProfile> clusters, IReadOnlyList<RegionEntry> regions, int total)
    {
        // Exact shares rather than chances, so every kind and status is there whatever the seed.
        var statuses = random.Deck(Shares.Split(total, (OpportunityStatus.Draft, 12), (OpportunityStatus.Closed, 25), (OpportunityStatus.Published, 63)));
        var kinds = random.Deck(Shares.Split(total, [.. Enum.GetValues<OpportunityKind>().Select(k => (k, 100 / 7))]));
        var posters = clusters.Where(c => c.IsPublic).ToList();
        var titles = new SlugRegistry();
        var opportunities = new List<Opportunity>(total);
        for (var i = 0; i < total; i++)
        {
            var profile = random.Pick(posters);
            var kind = kinds[i];
            var sub = random.Chance(0.85) ? random.Pick(profile.FocusSubSectors) : random.Pick(clusters[random.Next(clusters.Count)].FocusSubSectors);
            var targets = random.PickDistinct(regions, random.Between(1, 3));
            var slots = new TextSlots
            {
                Product = random.Pick(sub.Spec.Products),
                Topic = random.Pick(sub.Spec.Topics),
                Sector = Prose.Lower(sub.Parent.Spec.Name),
                City = profile.City.Name,
                Country = profile.Country.Name,
                Adjective = profile.Country.Adjective,
                Cluster = profile.Cluster.Name,
                Region = targets[0].Spec.Name,
                Programme = random.Pick(OpportunityWords.Programmes),
            };
            var opportunity = new Opportunity
            {
                PostedById = profile.Cluster.Id,
                Kind = kind,
                Title = titles.Claim(() => slots.Fill(random.Pick(OpportunityWords.Titles[kind]))),
                Summary = OpportunityText.Summary(random, kind, slots),
                Body = string.Empty,
            };
            OpportunityTimeline.Apply(random, clock, opportunity, statuses[i]);
            var deadline = opportunity.Deadline is { } day ? Prose.Date(day) : null;
            opportunity.Body = OpportunityText.Body(random, kind, slots with { Deadline = deadline }, profile.Cluster.Name);
            opportunity.Sectors.AddRange(sub.WithParent());
            opportunity.TargetRegions.AddRange(targets.Select(t => t.Entity));
            opportunities.Add(opportunity);
        }

        return opportunities;
    }
}
