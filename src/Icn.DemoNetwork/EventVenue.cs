using Icn.Domain.Common;
using Icn.Domain.Events;

namespace Icn.DemoNetwork;

/// <summary>Where an event happens and how many it takes: webinars online, delegations on site, the rest mostly in a venue, some streamed.</summary>
internal static class EventVenue
{
    public static void Apply(SeedRandom random, NetworkEvent networkEvent, TextSlots slots)
    {
        var venue = slots.Fill(random.Pick(EventWords.Venues));
        var link = $"https://meet.icn.example/{Slugs.From(networkEvent.Title, 70)}";
        (networkEvent.Location, networkEvent.OnlineUrl, networkEvent.Capacity) = networkEvent.Kind switch
        {
            EventKind.Webinar => (null, link, random.Chance(0.5) ? random.Between(10, 50) * 10 : (int?)null),
            EventKind.Delegation => ($"Company visits in and around {slots.City}", null, random.Between(12, 30)),
            EventKind.Matchmaking => (venue, random.Chance(0.25) ? link : null, random.Between(4, 20) * 10),
            _ => (venue, random.Chance(0.3) ? link : null, random.Chance(0.8) ? random.Between(15, 80) * 10 : (int?)null),
        };
    }
}
