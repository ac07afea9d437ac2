using Icn.Domain.Events;

namespace Icn.DemoNetwork;

/// <summary>
/// When an event starts and ends: set in local time where it is held (a webinar at 10:00 in
/// Copenhagen), stored in UTC.
/// </summary>
internal static class EventSchedule
{
    /// <summary>Long enough for the longest event, so one in the past has also ended.</summary>
    public const int LongestEventDays = 4;

    public static (DateTime Starts, DateTime Ends) Times(SeedRandom random, EventKind kind, DateOnly day, CitySpec city)
    {
        var (start, lastDay, end) = kind switch
        {
            EventKind.Matchmaking => (new TimeOnly(9, 0), day.AddDays(random.Between(0, 1)), new TimeOnly(16, 30)),
            EventKind.Delegation => (new TimeOnly(8, 30), day.AddDays(random.Between(1, LongestEventDays - 1)), new TimeOnly(17, 0)),
            EventKind.Conference => (new TimeOnly(9, 0), day.AddDays(random.Between(0, 2)), new TimeOnly(17, 30)),
            EventKind.BoardMeeting => (new TimeOnly(13, 0), day, new TimeOnly(16, 0)),
            _ => WebinarSlot(random, day),
        };
        return (ToUtc(day, start, city), ToUtc(lastDay, end, city));
    }

    /// <summary>
    /// Local time to UTC through the time-zone database; a host without one falls back to the
    /// city's standard offset rather than failing the whole seeding.
    /// </summary>
    public static DateTime ToUtc(DateOnly day, TimeOnly time, CitySpec city)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        var utc = TimeZoneInfo.TryFindSystemTimeZoneById(city.TimeZone, out var zone)
            ? TimeZoneInfo.ConvertTimeToUtc(local, zone)
            : local.AddHours(-city.StandardUtcOffsetHours);
        return DateTime.SpecifyKind(utc, DateTimeKind.Utc);
    }

    private static (TimeOnly, DateOnly, TimeOnly) WebinarSlot(SeedRandom random, DateOnly day)
    {
        var start = new TimeOnly(random.Pick([10, 14, 15]), 0);
        return (start, day, start.AddMinutes(random.Pick([60, 90])));
    }
}
