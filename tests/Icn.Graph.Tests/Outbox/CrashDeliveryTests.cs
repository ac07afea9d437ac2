using System.Globalization;
using Icn.Domain.Outbox;
using Icn.Domain.Persistence;
using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Outbox;

/// <summary>
/// The API process is SIGKILLed while it delivers the outbox to a real SMTP server, right after the
/// server took a message and before the API heard back, then started again: every message arrives
/// at least once and at most twice, and a second copy has the Message-ID of the first.
/// </summary>
public sealed class CrashDeliveryTests : IAsyncLifetime
{
    private const int MessageCount = 40;
    private const int AcknowledgedBeforeTheStall = 7;

    private readonly string connectionString = TestDatabase.NewDatabaseConnectionString("outbox_crash");
    private readonly LoopbackSmtpServer smtp = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await smtp.DisposeAsync();
        await TestDatabase.DropAsync(connectionString);
    }

    [Fact]
    public async Task A_process_killed_in_the_middle_of_a_batch_sends_each_message_at_least_once_and_a_copy_only_with_the_same_Message_ID()
    {
        List<OutboxMessage> messages;
        await using (var first = await ApiProcess.StartAsync(Settings()))
        {
            // The eighth message reaches the server, which keeps it and never says so: the API waits
            // for the answer to its DATA with the message sent and not yet recorded, and dies there.
            smtp.StallAfter(AcknowledgedBeforeTheStall);
            messages = await AddMessagesAsync();
            await Eventually.TrueAsync(() => smtp.Stalled == 1, $"the SMTP server to hold a message; the API said:\n{first.Output}");
            first.Kill();
        }

        Assert.Equal(AcknowledgedBeforeTheStall + 1, smtp.Messages.Count);
        var cutOff = smtp.Messages.Last().Message.MessageId;
        smtp.Resume();

        await using (var second = await ApiProcess.StartAsync(Settings()))
        {
            await Eventually.ValueAsync(
                UndeliveredAsync,
                undelivered => undelivered == 0,
                $"every message to be delivered after the restart; the API said:\n{second.Output}");
        }

        var copies = smtp.Messages.GroupBy(m => m.Recipients.Single()).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(messages.Select(m => m.Recipient).Order(), copies.Keys.Order());
        foreach (var message in messages)
        {
            var received = copies[message.Recipient];
            Assert.InRange(received.Count, 1, 2);
            Assert.All(received, copy => Assert.Equal($"outbox.{message.Id:N}@mail.icn.example", copy.Message.MessageId));
        }

        // The kill landed between a send and its record: that message, and only that one, came twice.
        var twice = Assert.Single(copies.Values, received => received.Count == 2);
        Assert.Equal(cutOff, twice[0].Message.MessageId);
        await using var db = Db();
        var rows = await db.OutboxMessages.AsNoTracking().ToListAsync();
        Assert.All(rows, row => Assert.Null(row.ClaimedUntil));
        Assert.Equal(2, rows.Single(row => $"outbox.{row.Id:N}@mail.icn.example" == cutOff).Attempts);
    }

    private async Task<List<OutboxMessage>> AddMessagesAsync()
    {
        var now = DateTime.UtcNow;
        var messages = Enumerable.Range(0, MessageCount).Select(i => new OutboxMessage
        {
            IdempotencyKey = $"test:crash:{i}",
            Kind = "email",
            Recipient = $"crash{i}@test.example",
            Subject = $"Message {i} through a crash",
            Body = $"This is message {i}.",
            CreatedAt = now.AddMilliseconds(i),
        }).ToList();
        await using var db = Db();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return messages;
    }

    private async Task<int> UndeliveredAsync()
    {
        await using var db = Db();
        return await db.OutboxMessages.CountAsync(m => m.DeliveredAt == null);
    }

    private IcnDbContext Db() => new(new DbContextOptionsBuilder<IcnDbContext>().UseIcnDatabase(connectionString).Options);

    private Dictionary<string, string> Settings() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Testing",
        ["ConnectionStrings:Icn"] = connectionString,
        ["Database:MigrateOnStart"] = "true",
        ["Demo:SeedOnStart"] = "false",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:FromAddress"] = "no-reply@icn.example",
        ["Smtp:MessageIdDomain"] = "mail.icn.example",
        ["Smtp:Timeout"] = "00:01:00",
        ["Outbox:Enabled"] = "true",
        ["Outbox:PollInterval"] = "00:00:00.200",

        // Short, so that the restarted API takes the dead one's claim within the test's patience;
        // still long enough (a send may take half of it) for the kill to land during the held send.
        ["Outbox:ClaimLease"] = "00:00:08",
        ["Logging:LogLevel:Default"] = "Warning",
    };
}
