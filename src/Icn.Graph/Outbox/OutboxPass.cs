namespace Icn.Graph.Outbox;

/// <summary>What one delivery pass did: messages sent, messages that failed (and wait or were given up).</summary>
internal readonly record struct OutboxPass(int Delivered, int Failed)
{
    public int Claimed => Delivered + Failed;
}
