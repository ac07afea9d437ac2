using System.Globalization;
using Jint.Runtime;

namespace Icn.Workflows.Runtime;

/// <summary>
/// JavaScript's <c>Date</c> on the runtime's <see cref="TimeProvider"/>, in UTC: an expression's
/// <c>new Date()</c> is the moment the burst runs, in tests too, and means the same on every server.
/// </summary>
internal sealed class ScriptClock(TimeProvider time) : ITimeSystem
{
    private readonly DefaultTimeSystem utc = new(TimeZoneInfo.Utc, CultureInfo.InvariantCulture);

    public TimeZoneInfo DefaultTimeZone => TimeZoneInfo.Utc;

    public DateTimeOffset GetUtcNow() => time.GetUtcNow();

    public TimeSpan GetUtcOffset(long epochMilliseconds) => utc.GetUtcOffset(epochMilliseconds);

    public bool TryParse(string date, out long epochMilliseconds) => utc.TryParse(date, out epochMilliseconds);
}
