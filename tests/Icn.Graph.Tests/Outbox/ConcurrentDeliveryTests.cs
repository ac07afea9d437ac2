using System.Collections.Concurrent;
using Icn.Graph.Outbox;
using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Outbox;

/// <summary>
/// Two API processes on one database deliver the same outbox at the same time: every message goes
/// out exactly once, because a claim skips the rows the other holds.
/// </summary>
public sealed class ConcurrentDeliveryTests : IAsyncLifetime
{
    private const int MessageCount = 200;
    private const int PassesInParallelPerApi = 3;

    private readonly string connectionString = TestDatabase.NewDatabaseConnectionString("outbox_twice");
    private readonly ConcurrentDictionary<string, int> sends = new();
    private readonly ConcurrentDictionary<string, int> perApi = new();
    private IcnApiFactory first = null!;
    private IcnApiFactory second = null!;

    public Task InitializeAsync()
    {
        first = ApiOnTheSharedDatabase("first");
        second = ApiOnTheSharedDatabase("second");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        await TestDatabase.DropAsync(connectionString);
    }

    [Fact]
    public async Task Two_APIs_delivering_at_once_send_each_message_exactly_once()
    {
        // One after the other: the first migrates and seeds, the second finds it done.
        var firstDelivery = first.Services.GetRequiredService<OutboxDelivery>();
        var secondDelivery = second.Services.GetRequiredService<OutboxDelivery>();
        var messages = await OutboxRows.AddAsync(first.Services, MessageCount, DateTime.UtcNow, "twice");

        var passes = Enumerable.Range(0, PassesInParallelPerApi)
            .SelectMany(_ => new[] { DeliverUntilNothingIsDueAsync(firstDelivery), DeliverUntilNothingIsDueAsync(secondDelivery) });
        await Task.WhenAll(passes);

        Assert.Equal(messages.Select(m => m.Recipient).Order(), sends.Keys.Order());
        Assert.All(sends, send => Assert.Equal(1, send.Value));
        Assert.True(perApi.GetValueOrDefault("first") > 0 && perApi.GetValueOrDefault("second") > 0, $"Both APIs should have delivered some: {string.Join(", ", perApi)}");
        var rows = (await OutboxRows.AllAsync(first.Services)).Where(m => m.IdempotencyKey.StartsWith("test:twice:", StringComparison.Ordinal)).ToList();
        Assert.Equal(MessageCount, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.NotNull(row.DeliveredAt);
            Assert.Equal(1, row.Attempts);
        });
    }

    private static async Task DeliverUntilNothingIsDueAsync(OutboxDelivery delivery)
    {
        // Nothing claimed means nothing due that another pass does not hold already.
        while ((await delivery.DeliverDueAsync(CancellationToken.None)).Claimed > 0)
        {
        }
    }

    private IcnApiFactory ApiOnTheSharedDatabase(string name) => new(
        connectionString,
        services: services => services.AddSingleton<IMailSender>(new RecordingMailSender(sends, name, perApi)),
        settings: new()
        {
            // The test runs the passes itself, many at once; the background worker would only add noise.
            ["Outbox:Enabled"] = "false",
            ["Outbox:BatchSize"] = "10",
        });
}
