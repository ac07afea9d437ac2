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

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
