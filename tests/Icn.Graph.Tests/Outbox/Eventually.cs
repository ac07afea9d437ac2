using Icn.Domain.Outbox;

namespace Icn.Graph.Tests.Outbox;

/// <summary>Waiting, bounded, for what the background worker does on its own time.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public static async Task TrueAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, $"Not so after {Patience.TotalSeconds} s.");
            await Task.Delay(50);
        }
    }

    public static async Task<OutboxMessage> DeliveredAsync(IServiceProvider services, Guid id)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            var message = await OutboxRows.FindAsync(services, id);
            if (message.DeliveredAt is not null)
            {
                return message;
            }

            Assert.True(DateTime.UtcNow < until, $"Message {id} was not delivered within {Patience.TotalSeconds} s (attempts {message.Attempts}, last error {message.LastError}).");
            await Task.Delay(50);
        }
    }
}
