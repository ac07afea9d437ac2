using Icn.Domain.Outbox;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Outbox;

/// <summary>
/// The steps of a message's delivery as they are written to its row, each one short statement that
/// commits on its own: claimed before it is sent, then delivered, failed or released. Nothing is
/// held open while a message is sent, so a crash during a send leaves a committed claim behind,
/// never a rolled-back record of mail that went out.
/// </summary>
internal static class OutboxClaims
{
    /// <summary>What a message given up at its claim keeps as its last error.</summary>
    public const string AbandonedLastAttempt = "The process sending it stopped during its last allowed attempt (it may have gone out); given up.";

    /// <summary>
    /// Claims the next due message for this worker until <paramref name="now"/> + the claim lease and
    /// counts the attempt; null when nothing is due. Due: not delivered, not given up, its next
    /// attempt time reached and nobody's claim running (a claim left by a dead process has run out).
    /// <c>SKIP LOCKED</c> lets workers that claim at the same moment take different messages instead
    /// of waiting for each other. A message whose last allowed attempt was cut off by a crash is not
    /// sent again: it is given up in the same statement, and answered with <c>GaveUpAt</c> set.
    /// </summary>
    public static async Task<OutboxMessage?> ClaimNextAsync(IcnDbContext db, DateTime now, OutboxOptions options, CancellationToken cancellationToken)
    {
        var claimedUntil = now + options.ClaimLease;
        var claimed = await db.OutboxMessages.FromSql($"""
            WITH next AS (
                SELECT id FROM outbox_messages
                WHERE delivered_at IS NULL AND gave_up_at IS NULL
                  AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
                  AND (claimed_until IS NULL OR claimed_until <= {now})
                ORDER BY created_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            UPDATE outbox_messages m SET
                attempts = CASE WHEN m.attempts < {options.MaxAttempts} THEN m.attempts + 1 ELSE m.attempts END,
                claimed_until = CASE WHEN m.attempts < {options.MaxAttempts} THEN {claimedUntil} END,
                gave_up_at = CASE WHEN m.attempts < {options.MaxAttempts} THEN NULL ELSE {now} END,
                next_attempt_at = CASE WHEN m.attempts < {options.MaxAttempts} THEN m.next_attempt_at END,
                last_error = CASE WHEN m.attempts < {options.MaxAttempts} THEN m.last_error ELSE {AbandonedLastAttempt} END
            FROM next
            WHERE m.id = next.id
            RETURNING m.*
            """).AsNoTracking().ToListAsync(cancellationToken);
        return claimed.SingleOrDefault();
    }

    public static Task DeliveredAsync(IcnDbContext db, Guid id, DateTime now, CancellationToken cancellationToken) =>
        db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(
            set => set.SetProperty(m => m.DeliveredAt, now).SetProperty(m => m.ClaimedUntil, (DateTime?)null),
            cancellationToken);

    /// <summary>A failed attempt: to be tried again at <paramref name="nextAttemptAt"/>, or, when null, given up at <paramref name="now"/>.</summary>
    public static Task FailedAsync(IcnDbContext db, Guid id, string error, DateTime? nextAttemptAt, DateTime now, CancellationToken cancellationToken) =>
        db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(
            set => set
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
                .SetProperty(m => m.GaveUpAt, nextAttemptAt == null ? now : null)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null),
            cancellationToken);

    /// <summary>
    /// Gives a claimed message back, its attempt not counted, when this worker stops before it knows
    /// how the send went: another worker takes it at once rather than when the claim runs out.
    /// </summary>
    public static Task ReleaseAsync(IcnDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.OutboxMessages.Where(m => m.Id == id && m.DeliveredAt == null && m.ClaimedUntil != null).ExecuteUpdateAsync(
            set => set.SetProperty(m => m.ClaimedUntil, (DateTime?)null).SetProperty(m => m.Attempts, m => m.Attempts - 1),
            cancellationToken);
}
