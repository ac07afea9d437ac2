using Icn.Domain.Events;

namespace Icn.DemoNetwork;

/// <summary>
/// The network's events, past and upcoming: matchmaking, webinars, delegation visits and
/// conferences hosted by public clusters in their own city and time zone, plus Board meetings.
/// </summary>
internal static class EventBuilder
{
    public static List<NetworkEvent> Build(SeedRandom random, ReferenceClock clock, IReadOnlyList<ClusterProfile> clusters, IReadOnlyList<RegionEntry> regions, int total)
    {
        var hosts = clusters.Where(c => c.IsPublic).ToList();
        var events = BoardMeetingBuilder.Build(random, clock, hosts).ToList();
        var others = total - events.Count;
        var kinds = random.Deck(Shares.Split(others, (EventKind.Matchmaking, 30), (EventKind.Webinar, 30), (EventKind.Delegation, 18), (EventKind.Conference, 22)));
        var past = random.Deck(Shares.Split(others, (true, 60), (false, 40)));
        var titles = new SlugRegistry();
        for (var i = 0; i < others; i++)
        {
            var host = random.Pick(hosts);
            var day = past[i]
                ? clock.Today.AddDays(-random.Between(EventSchedule.LongestEventDays + 2, 545))
                : clock.Today.AddDays(random.Between(2, 300));
            events.Add(NewEvent(random, clock, kinds[i], host, day, regions, titles));
        }

        return [.. events.OrderBy(e => e.StartsAt).ThenBy(e => e.Id)];
    }

    /// <summary>Announced three weeks to half a year ahead, and never after the reference date.</summary>
    public static DateTime Announced(SeedRandom random, ReferenceClock clock, DateTime starts)
    {
        var latest = ReferenceClock.Min(starts.AddDays(-21), clock.Now.AddHours(-2));
        return ReferenceClock.Between(random, latest.AddDays(-random.Between(14, 150)), latest);
    }

    private static NetworkEvent NewEvent(SeedRandom random, ReferenceClock clock, EventKind kind, ClusterProfile host, DateOnly day, IReadOnlyList<RegionEntry> regions, SlugRegistry titles)
    {
        var sub = random.Pick(host.FocusSubSectors);
        var (starts, ends) = EventSchedule.Times(random, kind, day, host.City);
        var slots = new TextSlots
        {
            Product = random.Pick(sub.Spec.Products),
            Topic = random.Pick(sub.Spec.Topics),
            Sector = Prose.Lower(sub.Parent.Spec.Name),
            City = host.City.Name,
            Country = host.Country.Name,
            Adjective = host.Country.Adjective,
            Cluster = host.Cluster.Name,
            Region = random.Pick([.. regions.Where(r => r != host.Region)]).Spec.Name,
            Year = Prose.Number(day.Year),
        };
        var title = titles.Claim(() => slots.Fill(random.Pick(EventWords.Titles[kind])));
        var networkEvent = new NetworkEvent
        {
            HostId = host.Cluster.Id,
            Kind = kind,
            Title = title,
            Description = string.Empty,
            StartsAt = starts,
            EndsAt = ends,
            TimeZone = host.City.TimeZone,
        };
        EventVenue.Apply(random, networkEvent, slots);
        networkEvent.Description = EventText.Description(random, networkEvent, slots);
        networkEvent.Sectors.AddRange(sub.WithParent());

        var created = Announced(random, clock, starts);
        if (random.Chance(0.04))
        {
            // Cancelled before it starts; one cancelled at the very moment it starts goes ahead instead.
            networkEvent.Cancel(ReferenceClock.Between(random, created, ReferenceClock.Min(starts, clock.Now)));
        }

        var updated = networkEvent.CancelledAt ?? ReferenceClock.Between(random, created, ReferenceClock.Min(starts, clock.Now));
        return networkEvent.Stamp(random, created, updated);
    }
}
