using Icn.Domain.Persistence;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Outbox;

/// <summary>
/// Without an SMTP server the worker, running in the background as in a deployed API, writes each
/// message to the log and marks it delivered; outside Development without its body, which may hold
/// a one-time link.
/// </summary>
public sealed class LogDeliveryTests() : OwnApiTests(
    "outbox_log",
    settings: new() { ["Outbox:PollInterval"] = "00:00:00.200", ["Outbox:Enabled"] = "true" })
{
    [Fact]
    public async Task The_background_worker_logs_a_message_without_its_body_and_marks_it_delivered()
    {
        var message = (await OutboxRows.AddAsync(Factory.Services, 1, DateTime.UtcNow, "logged"))[0];

        var delivered = await OutboxRows.DeliveredAsync(Factory.Services, message.Id);

        Assert.Equal(1, delivered.Attempts);
        var line = Assert.Single(Factory.Logs.Lines, line => line.Contains(message.Recipient, StringComparison.Ordinal));
        Assert.Contains(message.Subject, line, StringComparison.Ordinal);
        Assert.DoesNotContain("This is logged number 0", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_error_is_logged_and_the_worker_goes_on_once_the_database_is_back()
    {
        _ = Factory.Services;
        await using (var db = await Factory.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE outbox_messages RENAME TO outbox_messages_away");
            await Eventually.TrueAsync(() => Factory.Logs.Lines.Any(line => line.Contains("Outbox delivery pass failed", StringComparison.Ordinal)));
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE outbox_messages_away RENAME TO outbox_messages");
        }

        var message = (await OutboxRows.AddAsync(Factory.Services, 1, DateTime.UtcNow, "after_error"))[0];
        Assert.NotNull((await OutboxRows.DeliveredAsync(Factory.Services, message.Id)).DeliveredAt);
    }
}
