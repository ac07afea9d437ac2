using Icn.Domain.Opportunities;

namespace Icn.DemoNetwork;

/// <summary>
/// Other clusters' interest in published (and since closed) opportunities: never the posting
/// cluster itself, at most once per cluster, expressed while the opportunity was open.
/// </summary>
internal static class InterestBuilder
{
    private static readonly string[] Messages =
    [
        "One of our members, a maker of {product}, would like to learn more. Could you put us in touch?",
        "Several companies in {cluster} work on {topic} and are interested. We would be happy to organise a video call next week.",
        "We have a research partner in {city} with relevant test facilities. Please share the detailed requirements.",
        "This fits our strategy for {sector}. Our international manager will follow up with a short profile of three candidate members.",
        "A start-up from our cluster has a solution that could match. Is there room for a pilot rather than a full delivery?",
        "We would like to join as a partner cluster and can contribute staff time and a test site in {city}.",
    ];

    public static List<OpportunityInterest> Build(SeedRandom random, ReferenceClock clock, IReadOnlyList<Opportunity> opportunities, IReadOnlyList<ClusterProfile> clusters)
    {
        var interests = new List<OpportunityInterest>();
        var candidates = clusters.Where(c => c.IsPublic).ToList();
        foreach (var opportunity in opportunities)
        {
            if (opportunity.PublishedAt is not { } published)
            {
                continue; // Drafts are seen by nobody, so nobody is interested yet.
            }

            var count = opportunity.Status == OpportunityStatus.Closed ? random.Between(1, 4) : random.Between(0, 5);
            var others = candidates.Where(c => c.Cluster.Id != opportunity.PostedById).ToList();
            foreach (var profile in random.PickDistinct(others, count))
            {
                var sub = random.Pick(profile.FocusSubSectors);
                var slots = new TextSlots
                {
                    Product = random.Pick(sub.Spec.Products),
                    Topic = random.Pick(sub.Spec.Topics),
                    Sector = Prose.Lower(sub.Parent.Spec.Name),
                    City = profile.City.Name,
                    Cluster = profile.Cluster.Name,
                };
                var open = opportunity.ClosedAt ?? clock.Now;
                var created = ReferenceClock.Between(random, published.AddHours(1), open.AddMinutes(-5));
                var interest = new OpportunityInterest
                {
                    OpportunityId = opportunity.Id,
                    ClusterId = profile.Cluster.Id,
                    Message = slots.Fill(random.Pick(Messages)),
                    WithdrawnAt = random.Chance(0.06) ? ReferenceClock.Between(random, created, clock.Now) : null,
                };
                interest.Stamp(random, created, interest.WithdrawnAt ?? created);
                opportunity.Interests.Add(interest);
                interests.Add(interest);
            }
        }

        return interests;
    }
}
