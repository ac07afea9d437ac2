namespace Icn.DemoNetwork;

/// <summary>
/// What decides the demo network: the seed picks every name and number, the reference date is
/// "today" for it (past events, open deadlines and overdue fees are all relative to it).
/// The same options always give the same network.
/// </summary>
public sealed record DemoNetworkOptions(int Seed, DateOnly ReferenceDate)
{
    /// <summary>The seed the API and the tests use unless told otherwise.</summary>
    public const int DefaultSeed = 2026;

    /// <summary>A fixed date, so tests and screenshots never change with the calendar.</summary>
    public static DemoNetworkOptions Default { get; } = new(DefaultSeed, new DateOnly(2026, 6, 15));

    /// <summary>
    /// The network as it would look today: a running API wants its upcoming events to be
    /// upcoming. The date comes from the injected clock so tests can fix it.
    /// </summary>
    public static DemoNetworkOptions ForToday(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new(DefaultSeed, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
    }
}
