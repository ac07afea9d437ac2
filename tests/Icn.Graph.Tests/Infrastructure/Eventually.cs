namespace Icn.Graph.Tests.Infrastructure;

/// <summary>
/// Waiting, bounded, for what a background worker does on its own time: reads again and again until
/// the answer is the one expected, and fails saying what was awaited and what was last seen.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// The first value <paramref name="read"/> answers that satisfies <paramref name="expected"/>;
    /// <paramref name="describe"/> tells the last value in the failure (its ToString by default).
    /// </summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> expected, string awaited, Func<T, string>? describe = null)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await read();
            if (expected(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < until, $"Waited {Patience.TotalSeconds} s for {awaited}; last seen: {(describe is null ? value?.ToString() : describe(value))}.");
            await Task.Delay(Pause);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string awaited = "the condition") =>
        ValueAsync(() => Task.FromResult(condition()), holds => holds, awaited);
}
