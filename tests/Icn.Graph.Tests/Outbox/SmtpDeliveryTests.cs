using Icn.Domain.Persistence;
using Icn.Graph.Outbox;
using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Icn.Graph.Tests.Outbox;

/// <summary>
/// Delivery through a real SMTP conversation with a loopback server; failures are recorded, tried
/// again after the backoff (on a clock the test moves) and given up after the last attempt; a claim
/// keeps a message from other workers until it runs out, and every attempt of one message carries
/// the same Message-ID.
/// </summary>
public sealed class SmtpDeliveryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);

    private readonly LoopbackSmtpServer smtp = new();
    private readonly FakeTimeProvider clock = new(Start);
    private readonly IcnApiFactory api;

    public SmtpDeliveryTests()
    {
        // Built here, not in a base class, because its settings need the SMTP server's port.
        api = new IcnApiFactory(
            TestDatabase.NewDatabaseConnectionString("outbox_smtp"),
            services: services => services.AddSingleton<TimeProvider>(clock),
            settings: new()
            {
                ["Smtp:Host"] = "127.0.0.1",
                ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Smtp:Security"] = "None",
                ["Smtp:FromAddress"] = "no-reply@icn.example",
                ["Smtp:FromName"] = "ICN Test",
                ["Smtp:Timeout"] = "00:00:05",
                // The test runs each pass itself, on its own clock.
                ["Outbox:Enabled"] = "false",
                ["Outbox:MaxAttempts"] = "3",
                ["Outbox:RetryDelay"] = "00:01:00",
                ["Outbox:MaxRetryDelay"] = "00:10:00",
                ["Outbox:ClaimLease"] = "00:02:00",
            });
    }

    private IServiceProvider Services => api.Services;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        await TestDatabase.DropAsync(api.ConnectionString);
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task A_message_goes_to_the_SMTP_server_with_its_recipient_subject_and_body_and_is_marked_delivered()
    {
        var message = (await OutboxRows.AddAsync(Services, 1, Start.UtcDateTime, "smtp"))[0];

        var pass = await DeliverAsync();

        Assert.Equal(new OutboxPass(1, 0), pass);
        var received = Assert.Single(smtp.Messages);
        Assert.Equal("no-reply@icn.example", received.From);
        Assert.Equal(["smtp0@test.example"], received.Recipients);
        Assert.Equal("smtp0@test.example", Assert.Single(received.Message.To.Mailboxes).Address);
        Assert.Equal("ICN Test", Assert.Single(received.Message.From.Mailboxes).Name);
        Assert.Equal(message.Subject, received.Message.Subject);
        Assert.Equal(message.Body.ReplaceLineEndings(), received.Message.TextBody?.ReplaceLineEndings());
        Assert.Equal($"outbox.{message.Id:N}@icn.example", received.Message.MessageId);
        var row = await OutboxRows.FindAsync(Services, message.Id);
        Assert.Equal(Start.UtcDateTime, row.DeliveredAt);
        Assert.Equal(1, row.Attempts);
        Assert.Null(row.ClaimedUntil);

        // Delivered is done: a later pass sends nothing again.
        Assert.Equal(new OutboxPass(0, 0), await DeliverAsync());
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task A_temporary_failure_is_recorded_and_the_message_is_sent_after_the_backoff()
    {
        smtp.Behaviour = LoopbackSmtpServer.Mode.TemporaryFailure;
        var message = (await OutboxRows.AddAsync(Services, 1, Start.UtcDateTime, "retry"))[0];

        Assert.Equal(new OutboxPass(0, 1), await DeliverAsync());
        var failed = await OutboxRows.FindAsync(Services, message.Id);
        Assert.Null(failed.DeliveredAt);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("451", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(Start.UtcDateTime.AddMinutes(1), failed.NextAttemptAt);

        // Back up, but the backoff has not passed: not tried yet.
        smtp.Behaviour = LoopbackSmtpServer.Mode.Accept;
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(new OutboxPass(0, 0), await DeliverAsync());
        Assert.Empty(smtp.Messages);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new OutboxPass(1, 0), await DeliverAsync());
        Assert.Equal(message.Subject, Assert.Single(smtp.Messages).Message.Subject);
        var delivered = await OutboxRows.FindAsync(Services, message.Id);
        Assert.Equal(Start.UtcDateTime.AddMinutes(1), delivered.DeliveredAt);
        Assert.Equal(2, delivered.Attempts);
    }

    [Fact]
    public async Task A_server_that_hangs_up_fails_each_attempt_with_a_doubling_wait_until_the_worker_gives_up()
    {
        smtp.Behaviour = LoopbackSmtpServer.Mode.HangUp;
        var message = (await OutboxRows.AddAsync(Services, 1, Start.UtcDateTime, "hangup"))[0];

        Assert.Equal(new OutboxPass(0, 1), await DeliverAsync());
        var first = await OutboxRows.FindAsync(Services, message.Id);
        Assert.Equal(1, first.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(first.LastError));
        Assert.DoesNotContain("\n", first.LastError, StringComparison.Ordinal);
        Assert.Equal(Start.UtcDateTime.AddMinutes(1), first.NextAttemptAt);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new OutboxPass(0, 1), await DeliverAsync());
        var second = await OutboxRows.FindAsync(Services, message.Id);
        Assert.Equal(2, second.Attempts);
        Assert.Equal(Start.UtcDateTime.AddMinutes(1 + 2), second.NextAttemptAt);
        Assert.Null(second.GaveUpAt);

        // The third attempt is the last (Outbox:MaxAttempts = 3).
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(new OutboxPass(0, 1), await DeliverAsync());
        var givenUp = await OutboxRows.FindAsync(Services, message.Id);
        Assert.Equal(3, givenUp.Attempts);
        Assert.Equal(Start.UtcDateTime.AddMinutes(3), givenUp.GaveUpAt);
        Assert.Null(givenUp.NextAttemptAt);
        Assert.Null(givenUp.DeliveredAt);
        Assert.NotNull(givenUp.LastError);

        // Given up is final, even when the server is back.
        smtp.Behaviour = LoopbackSmtpServer.Mode.Accept;
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new OutboxPass(0, 0), await DeliverAsync());
        Assert.Equal(3, smtp.Connections);
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task A_message_left_claimed_by_a_dead_process_waits_for_the_claim_to_run_out_and_goes_again_with_the_same_Message_ID()
    {
        var message = (await OutboxRows.AddAsync(Services, 1, Start.UtcDateTime, "orphan"))[0];

        // A process claims it, sends it and dies before recording it: the claim is all that is left.
        await using (var db = Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContext())
        {
            var claimed = await OutboxClaims.ClaimNextAsync(db, Start.UtcDateTime, Services.GetRequiredService<OutboxOptions>(), CancellationToken.None);
            Assert.Equal(message.Id, claimed?.Id);
            await Services.GetRequiredService<IMailSender>().SendAsync(new OutgoingEmail(claimed!.Id, claimed.Recipient, claimed.Subject, claimed.Body), CancellationToken.None);
        }

        // While the claim runs (Outbox:ClaimLease = 2 minutes here) nobody else sends it.
        clock.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(1));
        Assert.Equal(new OutboxPass(0, 0), await DeliverAsync());
        Assert.Single(smtp.Messages);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new OutboxPass(1, 0), await DeliverAsync());
        Assert.Equal(2, smtp.Messages.Count);
        Assert.All(smtp.Messages, copy => Assert.Equal($"outbox.{message.Id:N}@icn.example", copy.Message.MessageId));
        var row = await OutboxRows.FindAsync(Services, message.Id);
        Assert.Equal((Start.UtcDateTime.AddMinutes(2), 2, (DateTime?)null), (row.DeliveredAt, row.Attempts, row.ClaimedUntil));
    }

    [Fact]
    public async Task A_message_whose_last_allowed_attempt_was_cut_off_by_a_crash_is_given_up_without_being_sent_again()
    {
        var message = (await OutboxRows.AddAsync(Services, 1, Start.UtcDateTime, "lastgasp"))[0];
        await using (var db = Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContext())
        {
            // Its third attempt (Outbox:MaxAttempts = 3) was claimed by a process that died.
            await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Attempts, 3)
                .SetProperty(m => m.ClaimedUntil, Start.UtcDateTime.AddSeconds(-1)));
        }

        Assert.Equal(new OutboxPass(0, 1), await DeliverAsync());

        Assert.Equal(0, smtp.Connections);
        var row = await OutboxRows.FindAsync(Services, message.Id);
        Assert.Equal((Start.UtcDateTime, 3, (DateTime?)null, (DateTime?)null), (row.GaveUpAt, row.Attempts, row.ClaimedUntil, row.DeliveredAt));
        Assert.Equal(OutboxClaims.AbandonedLastAttempt, row.LastError);
    }

    [Fact]
    public async Task A_pass_cancelled_during_a_send_gives_the_message_back_at_once_with_its_attempt_not_counted()
    {
        smtp.StallAfter(0);
        var message = (await OutboxRows.AddAsync(Services, 1, Start.UtcDateTime, "shutdown"))[0];
        using var stopping = new CancellationTokenSource();

        var pass = Services.GetRequiredService<OutboxDelivery>().DeliverDueAsync(stopping.Token);
        await Eventually.TrueAsync(() => smtp.Stalled == 1, "the send to stall");
        var claimed = await OutboxRows.FindAsync(Services, message.Id);
        Assert.Equal((Start.UtcDateTime.AddMinutes(2), 1), (claimed.ClaimedUntil, claimed.Attempts));
        await stopping.CancelAsync();

        Assert.Equal(new OutboxPass(0, 0), await pass);
        var released = await OutboxRows.FindAsync(Services, message.Id);
        Assert.Equal(((DateTime?)null, 0, (DateTime?)null, (string?)null), (released.ClaimedUntil, released.Attempts, released.DeliveredAt, released.LastError));

        // Due again at once, not when the claim would have run out.
        smtp.Resume();
        Assert.Equal(new OutboxPass(1, 0), await DeliverAsync());
    }

    [Fact]
    public async Task A_send_still_going_after_half_the_claim_is_abandoned_as_a_failed_attempt()
    {
        smtp.StallAfter(0);
        var message = (await OutboxRows.AddAsync(Services, 1, Start.UtcDateTime, "slow"))[0];

        var pass = DeliverAsync();
        await Eventually.TrueAsync(() => smtp.Stalled == 1, "the send to stall");
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(new OutboxPass(0, 1), await pass);
        var failed = await OutboxRows.FindAsync(Services, message.Id);
        Assert.Equal((1, (DateTime?)null, Start.UtcDateTime.AddMinutes(2)), (failed.Attempts, failed.ClaimedUntil, failed.NextAttemptAt));
        Assert.Equal("The SMTP server did not answer in time.", failed.LastError);
    }

    private Task<OutboxPass> DeliverAsync() => Services.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None);
}
