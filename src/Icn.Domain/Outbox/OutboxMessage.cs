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

    /// <summary>Failed delivery attempts so far.</summary>
    public int Attempts { get; set; }

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
