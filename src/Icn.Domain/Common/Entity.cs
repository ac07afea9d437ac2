namespace Icn.Domain.Common;

/// <summary>
/// What every stored thing of the network has: a key that is never reused, a
/// concurrency version that partial updates must quote, and UTC change times.
/// </summary>
public abstract class Entity
{
    /// <summary>Given by EF Core on insert (a time-ordered UUIDv7) unless set before.</summary>
    public Guid Id { get; set; }

    /// <summary>Incremented on every change; a write quoting an older version is refused.</summary>
    public int Version { get; set; } = 1;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
