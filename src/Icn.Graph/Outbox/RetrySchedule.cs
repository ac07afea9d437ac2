namespace Icn.Graph.Outbox;

/// <summary>
/// Exponential backoff: the wait after a message's n-th failure is RetryDelay × 2^(n−1), at most
/// MaxRetryDelay, so a server that is down for a while is not hammered and a short hiccup costs
/// little delay.
/// </summary>
internal static class RetrySchedule
{
    public static TimeSpan DelayAfter(int failedAttempts, OutboxOptions options)
    {
        // Doubling in floating point and capping before converting back cannot overflow, however
        // many attempts are allowed.
        var ticks = options.RetryDelay.Ticks * Math.Pow(2, Math.Max(0, failedAttempts - 1));
        return ticks >= options.MaxRetryDelay.Ticks ? options.MaxRetryDelay : TimeSpan.FromTicks((long)ticks);
    }
}
