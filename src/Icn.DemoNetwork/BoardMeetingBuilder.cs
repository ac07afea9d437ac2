using System.Globalization;
using Icn.Domain.Common;
using Icn.Domain.Events;

namespace Icn.DemoNetwork;

/// <summary>
/// The Board meets once a quarter, hosted in turn by member clusters or online. These events
/// are never public, which is why the API needs some to hide.
/// </summary>
internal static class BoardMeetingBuilder
{
    /// <summary>Six quarters back, this quarter and the next: past decisions and an upcoming agenda.</summary>
    private static readonly int[] Quarters = [-6, -5, -4, -3, -2, -1, 0, 1];

    public static int Count => Quarters.Length;

    public static IEnumerable<NetworkEvent> Build(SeedRandom random, ReferenceClock clock, IReadOnlyList<ClusterProfile> hosts)
    {
        var quarterStart = new DateOnly(clock.Today.Year, (((clock.Today.Month - 1) / 3) * 3) + 1, 1);
        foreach (var quarter in Quarters)
        {
            var host = random.Pick(hosts);
            var month = quarterStart.AddMonths((3 * quarter) + 1); // the middle month of the quarter
            var day = month.AddDays(random.Between(7, 20));
            var (starts, ends) = EventSchedule.Times(random, EventKind.BoardMeeting, day, host.City);
            var online = random.Chance(0.5);
            var title = "ICN Board meeting, " + month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            var meeting = new NetworkEvent
            {
                HostId = host.Cluster.Id,
                Kind = EventKind.BoardMeeting,
                Title = title,
                Description = string.Empty,
                StartsAt = starts,
                EndsAt = ends,
                TimeZone = host.City.TimeZone,
                Location = online ? null : $"{host.Cluster.Name} offices, {host.City.Name}",
                OnlineUrl = online ? $"https://meet.icn.example/{Slugs.From(title)}" : null,
            };
            meeting.Description = EventText.Description(random, meeting, new TextSlots());
            var created = EventBuilder.Announced(random, clock, starts);
            yield return meeting.Stamp(random, created, ReferenceClock.Between(random, created, ReferenceClock.Min(starts, clock.Now)));
        }
    }
}
