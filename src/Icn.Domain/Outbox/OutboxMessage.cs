namespace Icn.Domain.Outbox;

/// <summary>
/// A message to send (an e-mail today), written in the same transaction as the change that causes
/// it and delivered afterwards by a worker, so a message is never sent for a change that was rolled
/// back nor lost for one that was committed. The idempotency key makes a second write of the same
/// message a no-op.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public required string IdempotencyKey { get; set; }

    /// <summary>What kind of message, e.g. "email".</summary>
    public required string Kind { get; set; }

    public required string Recipient { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DeliveredAt { get; set; }

    /// <summary>
    /// Delivery attempts begun so far, the successful one included: counted when a worker claims the
    /// message, before it sends, so an attempt cut off by a crash counts too and a message that
    /// kills its sender every time is given up after the last allowed attempt like any other.
    /// </summary>
    public int Attempts { get; set; }

    /// <summary>
    /// Until when the worker that claimed it is sending it; no other worker takes it before. Null when
    /// nobody holds it. A claim left by a process that died is taken again once this time has passed.
    /// </summary>
    public DateTime? ClaimedUntil { get; set; }

    /// <summary>Why the last attempt failed, short and without secrets (for an admin).</summary>
    public string? LastError { get; set; }

    /// <summary>Not to be tried before this time (after a failure); null: due as soon as written.</summary>
    public DateTime? NextAttemptAt { get; set; }

    /// <summary>
    /// When the delivery worker stopped trying, after its last allowed attempt. The message stays,
    /// visibly failed, for an admin to look at; it is not tried again.
    /// </summary>
    public DateTime? GaveUpAt { get; set; }
}
