namespace Icn.Domain.Common;

/// <summary>
/// What every stored thing of the network has: a key that is never reused, a
/// concurrency version that partial updates must quote, and UTC change times.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Incremented on every change; a write quoting an older version is refused.</summary>
    public int Version { get; set; } = 1;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
