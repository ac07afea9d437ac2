using Icn.Domain.Outbox;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Outbox;

/// <summary>
/// One delivery pass: claims the messages that are due, sends each, and records the outcome, all in
/// one transaction. The claim locks the rows it takes and skips rows another process holds, so
/// several API processes on one database never send one message twice; the worker calls it in a
/// loop, tests call it directly.
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

    /// <summary>Delivers what is due now, at most one batch. Cancelled, it stops sending and keeps what it has recorded.</summary>
    public async Task<OutboxPass> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE delivered_at IS NULL AND gave_up_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
                ORDER BY created_at, id
                LIMIT {options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);

        var delivered = 0;
        var failed = 0;
        foreach (var message in due)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                // Shutting down: the rest stay as they are, due, for the next process to claim.
                break;
            }

            try
            {
                await SendAsync(message, cancellationToken);
                message.DeliveredAt = time.GetUtcNow().UtcDateTime;
                delivered++;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                RecordFailure(message, exception);
                failed++;
            }
        }

        // Not cancellable: what was sent must be recorded as sent, or it would be sent again.
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return new OutboxPass(delivered, failed);
    }

    private Task SendAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        message.Kind == EmailKind
            ? sender.SendAsync(new OutgoingEmail(message.Recipient, message.Subject, message.Body), cancellationToken)
            : throw new NotSupportedException($"Messages of kind '{message.Kind}' are not delivered by this API.");

    private void RecordFailure(OutboxMessage message, Exception exception)
    {
        var now = time.GetUtcNow().UtcDateTime;
        message.Attempts++;
        message.LastError = DeliveryFailures.Describe(exception);
        if (message.Attempts >= options.MaxAttempts)
        {
            message.NextAttemptAt = null;
            message.GaveUpAt = now;
            LogGaveUp(logger, message.Id, message.Attempts, message.LastError);
        }
        else
        {
            message.NextAttemptAt = now + RetrySchedule.DelayAfter(message.Attempts, options);
            LogFailed(logger, message.Id, message.Attempts, message.NextAttemptAt.Value, message.LastError);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} failed (attempt {Attempts}), next attempt at {NextAttemptAt:u}: {Error}")]
    private static partial void LogFailed(ILogger logger, Guid messageId, int attempts, DateTime nextAttemptAt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} failed {Attempts} times; given up, it stays in outbox_messages for an admin: {Error}")]
    private static partial void LogGaveUp(ILogger logger, Guid messageId, int attempts, string error);
}
