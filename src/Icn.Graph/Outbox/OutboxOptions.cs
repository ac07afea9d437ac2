namespace Icn.Graph.Outbox;

/// <summary>How the outbox delivery worker runs (configuration section "Outbox").</summary>
internal sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// Whether this process delivers at all. Every API process may (a claim keeps the others off a
    /// message while one sends it); false leaves the outbox to the others.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long the worker waits between looks at the outbox when it was not woken earlier.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How many messages one pass sends (each claimed, sent and recorded on its own) before the
    /// worker looks again; a full pass goes on at once without waiting for the poll.
    /// </summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// How long a worker's claim on a message keeps other workers off it. A send still going after
    /// half of it is abandoned (a failed attempt), so a claim never runs out during a send, and the
    /// other half is margin for recording the outcome and for clocks that differ between hosts.
    /// After a crash, what the dead process held is taken again once its claim runs out.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one send may take before it is abandoned: half the claim (see <see cref="ClaimLease"/>).</summary>
    public TimeSpan SendDeadline => ClaimLease / 2;

    /// <summary>How many attempts a message gets (each counted when it begins) before the worker gives up on it.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with each further failure.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts, however many failed.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
}
