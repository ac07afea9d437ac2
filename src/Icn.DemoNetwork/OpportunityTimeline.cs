using Icn.Domain.Opportunities;

namespace Icn.DemoNetwork;

/// <summary>When an opportunity was drafted, published, closed, and until when it takes answers.</summary>
internal static class OpportunityTimeline
{
    /// <summary>Published opportunities go back about eighteen months.</summary>
    private const int OldestPublishedDaysAgo = 540;

    public static void Apply(SeedRandom random, ReferenceClock clock, Opportunity opportunity, OpportunityStatus status)
    {
        switch (status)
        {
            case OpportunityStatus.Draft:
            {
                var created = clock.DaysAgo(random, 1, 60);
                opportunity.Deadline = random.Chance(0.8) ? clock.Today.AddDays(random.Between(20, 150)) : null;
                opportunity.Stamp(random, created, ReferenceClock.Between(random, created, clock.Now));
                break;
            }

            case OpportunityStatus.Published:
            {
                var published = clock.DaysAgo(random, 1, OldestPublishedDaysAgo);
                opportunity.Publish(published);
                opportunity.Deadline = PublishedDeadline(random, clock, DateOnly.FromDateTime(published));
                var updated = random.Chance(0.7) ? published : ReferenceClock.Between(random, published, clock.Now);
                opportunity.Stamp(random, Drafted(random, published), updated);
                break;
            }

            default:
            {
                var published = clock.DaysAgo(random, 60, OldestPublishedDaysAgo);
                var closed = ReferenceClock.Between(random, published.AddDays(14), clock.Now.AddHours(-1));
                opportunity.Publish(published);
                opportunity.Close(closed);
                var first = DateOnly.FromDateTime(published).AddDays(7);
                opportunity.Deadline = ReferenceClock.Between(random, first, DateOnly.FromDateTime(closed));
                opportunity.Stamp(random, Drafted(random, published), closed);
                break;
            }
        }
    }

    /// <summary>Mostly still open; some deadlines have passed while the posting cluster has not closed it yet.</summary>
    private static DateOnly? PublishedDeadline(SeedRandom random, ReferenceClock clock, DateOnly published)
    {
        var roll = random.NextDouble();
        if (roll < 0.08)
        {
            return null; // Open-ended, as investors' searches often are.
        }

        var earliestPast = published.AddDays(7);
        var latestPast = clock.Today.AddDays(-1);
        return roll < 0.35 && earliestPast <= latestPast
            ? ReferenceClock.Between(random, earliestPast, latestPast)
            : clock.Today.AddDays(random.Between(7, 120));
    }

    /// <summary>Written a few hours to ten days before it went out.</summary>
    private static DateTime Drafted(SeedRandom random, DateTime published) =>
        ReferenceClock.Between(random, published.AddDays(-10), published.AddHours(-1));
}
