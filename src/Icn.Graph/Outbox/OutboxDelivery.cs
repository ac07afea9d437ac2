using Icn.Domain.Outbox;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Outbox;

/// <summary>
/// One delivery pass: up to a batch of due messages, each claimed (committed) before it is sent and
/// recorded after, with no transaction open while it is sent (see <see cref="OutboxClaims"/>). So
/// mail goes out at least once: a crash between the send and its record leaves the claim, which
/// runs out, and the message is sent once more, with the same Message-ID. While a claim runs no
/// other worker takes the message, so several API processes never send one message at the same
/// time. The worker calls this in a loop, tests call it directly.
/// </summary>
internal sealed partial class OutboxDelivery(
    IDbContextFactory<IcnDbContext> contexts,
    IMailSender sender,
    OutboxOptions options,
    TimeProvider time,
    ILogger<OutboxDelivery> logger)
{
    /// <summary>The only kind of message there is today (see <see cref="OutboxMessage.Kind"/>).</summary>
    public const string EmailKind = "email";

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Delivers what is due now, at most one batch. Cancelled, it stops, and gives back the message it
    /// was sending rather than leave it claimed until the claim runs out.
    /// </summary>
    public async Task<OutboxPass> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var delivered = 0;
        var failed = 0;
        while (delivered + failed < options.BatchSize && !cancellationToken.IsCancellationRequested)
        {
            // Not cancellable: a claim that committed must be known here, to be sent or given back.
            var message = await OutboxClaims.ClaimNextAsync(db, Now, options, CancellationToken.None);
            if (message is null)
            {
                break;
            }

            if (message.GaveUpAt is not null)
            {
                LogGaveUp(logger, message.Id, message.Attempts, OutboxClaims.AbandonedLastAttempt);
                failed++;
                continue;
            }

            try
            {
                await SendAsync(message, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await OutboxClaims.ReleaseAsync(db, message.Id, CancellationToken.None);
                break;
            }
            catch (Exception exception)
            {
                await RecordFailureAsync(db, message, exception);
                failed++;
                continue;
            }

            // Not cancellable either: what was sent must be recorded as sent, or it goes out again.
            await OutboxClaims.DeliveredAsync(db, message.Id, Now, CancellationToken.None);
            delivered++;
        }

        return new OutboxPass(delivered, failed);
    }

    /// <summary>Sends within half the claim, so that no other worker can take the message meanwhile.</summary>
    private async Task SendAsync(OutboxMessage message, CancellationToken stopping)
    {
        if (message.Kind != EmailKind)
        {
            throw new NotSupportedException($"Messages of kind '{message.Kind}' are not delivered by this API.");
        }

        using var deadline = new CancellationTokenSource(options.SendDeadline, time);
        using var stoppedOrLate = CancellationTokenSource.CreateLinkedTokenSource(stopping, deadline.Token);
        await sender.SendAsync(new OutgoingEmail(message.Id, message.Recipient, message.Subject, message.Body), stoppedOrLate.Token);
    }

    private async Task RecordFailureAsync(IcnDbContext db, OutboxMessage message, Exception exception)
    {
        var now = Now;
        var error = DeliveryFailures.Describe(exception);
        DateTime? nextAttemptAt = message.Attempts >= options.MaxAttempts ? null : now + RetrySchedule.DelayAfter(message.Attempts, options);
        await OutboxClaims.FailedAsync(db, message.Id, error, nextAttemptAt, now, CancellationToken.None);
        if (nextAttemptAt is { } next)
        {
            LogFailed(logger, message.Id, message.Attempts, next, error);
        }
        else
        {
            LogGaveUp(logger, message.Id, message.Attempts, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} failed (attempt {Attempts}), next attempt at {NextAttemptAt:u}: {Error}")]
    private static partial void LogFailed(ILogger logger, Guid messageId, int attempts, DateTime nextAttemptAt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} failed {Attempts} times; given up, it stays in outbox_messages for an admin: {Error}")]
    private static partial void LogGaveUp(ILogger logger, Guid messageId, int attempts, string error);
}
