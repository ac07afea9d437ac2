using Icn.Graph.Outbox;

namespace Icn.Graph.Tests.Outbox;

/// <summary>The wait after each failure doubles from Outbox:RetryDelay and stops at Outbox:MaxRetryDelay.</summary>
public sealed class RetryScheduleTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(1000, 3600)]
    public void The_wait_doubles_up_to_the_cap(int failedAttempts, int seconds)
    {
        var options = new OutboxOptions { RetryDelay = TimeSpan.FromSeconds(30), MaxRetryDelay = TimeSpan.FromHours(1) };

        Assert.Equal(TimeSpan.FromSeconds(seconds), RetrySchedule.DelayAfter(failedAttempts, options));
    }
}
