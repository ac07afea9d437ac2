using System.Globalization;
using Icn.Domain.Persistence;
using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Outbox;

/// <summary>
/// An API stopped while its worker waits on a send gives the message back as it stops, so another
/// process takes it at once instead of when the claim would have run out.
/// </summary>
public sealed class OutboxShutdownTests : IAsyncLifetime
{
    private readonly LoopbackSmtpServer smtp = new();
    private readonly string connectionString = TestDatabase.NewDatabaseConnectionString("outbox_shutdown");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await smtp.DisposeAsync();
        await TestDatabase.DropAsync(connectionString);
    }

    [Fact]
    public async Task Stopping_the_API_during_a_send_releases_the_message_it_was_sending()
    {
        smtp.StallAfter(0);
        var api = new IcnApiFactory(connectionString, settings: new()
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:FromAddress"] = "no-reply@icn.example",
            ["Smtp:Timeout"] = "00:01:00",
            ["Outbox:Enabled"] = "true",
            ["Outbox:PollInterval"] = "00:00:00.200",
        });
        var message = (await OutboxRows.AddAsync(api.Services, 1, DateTime.UtcNow, "stopping"))[0];
        await Eventually.TrueAsync(() => smtp.Stalled == 1, "the worker's send to stall");
        var claimed = await OutboxRows.FindAsync(api.Services, message.Id);
        Assert.NotNull(claimed.ClaimedUntil);
        Assert.Equal(1, claimed.Attempts);

        await api.DisposeAsync();

        await using var db = new IcnDbContext(new DbContextOptionsBuilder<IcnDbContext>().UseIcnDatabase(connectionString).Options);
        var released = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == message.Id);
        Assert.Equal(((DateTime?)null, 0, (DateTime?)null, (DateTime?)null), (released.ClaimedUntil, released.Attempts, released.DeliveredAt, released.NextAttemptAt));
    }
}
