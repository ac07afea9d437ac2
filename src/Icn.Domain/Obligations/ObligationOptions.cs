using System.Globalization;

namespace Icn.Domain.Obligations;

/// <summary>
/// The due days of the yearly obligations (configuration section "Obligations"), each a month and
/// day ("MM-dd") within the membership year. The fee's due day is its invoice's, and the news
/// updates' are the quarter ends, so neither is configured here.
/// </summary>
public sealed class ObligationOptions
{
    public const string Section = "Obligations";

    /// <summary>By when event participation, networking and knowledge are due; the year's end unless set.</summary>
    public string YearlyDue { get; set; } = "12-31";

    /// <summary>By when the benchmark describing the year is due; the year's end unless set.</summary>
    public string BenchmarkDue { get; set; } = "12-31";

    /// <summary>The day <paramref name="monthDay"/> ("MM-dd") in <paramref name="year"/>; 29 February falls back to the 28th in other years.</summary>
    public static DateOnly DayIn(string monthDay, int year)
    {
        var (month, day) = Parse(monthDay) ?? throw new InvalidOperationException($"'{monthDay}' is not a month and day (MM-dd).");
        return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>The month and day of "MM-dd"; null when the text is not one (checked at start).</summary>
    public static (int Month, int Day)? Parse(string? monthDay) =>
        // A leap year, so "02-29" is accepted.
        DateOnly.TryParseExact($"2024-{monthDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (day.Month, day.Day)
            : null;
}
