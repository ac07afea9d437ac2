namespace Icn.Graph.Outbox;

/// <summary>How the outbox delivery worker runs (configuration section "Outbox").</summary>
internal sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// Whether this process delivers at all. Every API process may (the claim keeps them from
    /// sending one message twice); false leaves the outbox to the others.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long the worker waits between looks at the outbox when it was not woken earlier.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How many messages one pass claims and sends in one transaction. Their rows stay locked while
    /// they are sent, so a batch is small.
    /// </summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How many failed attempts a message gets before the worker gives up on it.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with each further failure.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts, however many failed.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
}
