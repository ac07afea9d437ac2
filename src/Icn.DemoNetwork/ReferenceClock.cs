namespace Icn.DemoNetwork;

/// <summary>
/// Every time in the demo network is read from the reference date, never from the system clock:
/// that is what makes two runs with the same options produce the same bytes.
/// </summary>
internal sealed class ReferenceClock(DateOnly referenceDate)
{
    public DateOnly Today => referenceDate;

    /// <summary>Midnight UTC starting the reference date: nothing recorded in the network happens after it.</summary>
    public DateTime Now { get; } = referenceDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>When the network's reference data (regions, sectors) was set up.</summary>
    public DateTime SetUp => AtUtc(referenceDate.AddYears(-3), 9);

    public static DateTime AtUtc(DateOnly day, int hour, int minute = 0) =>
        day.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Utc);

    public static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    public static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    /// <summary>Office hours (UTC) on a day between <paramref name="minDays"/> and <paramref name="maxDays"/> before today.</summary>
    public DateTime DaysAgo(SeedRandom random, int minDays, int maxDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minDays, 1); // day 0 office hours would lie after Now.
        var day = referenceDate.AddDays(-random.Between(minDays, maxDays));
        return AtUtc(day, random.Between(7, 16), random.Next(60)).AddSeconds(random.Next(60));
    }

    /// <summary>A moment in [from, to], to the second; <paramref name="from"/> when the range is empty.</summary>
    public static DateTime Between(SeedRandom random, DateTime from, DateTime to)
    {
        var seconds = (long)(to - from).TotalSeconds;
        return seconds <= 0 ? from : from.AddSeconds(random.NextBelow(seconds + 1));
    }

    /// <summary>A day in [from, to]; <paramref name="from"/> when the range is empty.</summary>
    public static DateOnly Between(SeedRandom random, DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber;
        return days <= 0 ? from : from.AddDays(random.Between(0, days));
    }
}
