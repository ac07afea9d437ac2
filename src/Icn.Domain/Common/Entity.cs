namespace Icn.Domain.Common;

/// <summary>
/// What every stored thing of the network has: a key that is never reused, a
/// concurrency version that partial updates must quote, and UTC change times.
/// Navigation lists of entities are made on first use (<c>get => field ??= []</c>): a list page
/// materializes entities whose lists nobody reads, and making them all was a twentieth of what
/// the API allocated per answer of a website's listing.
/// </summary>
public abstract class Entity
{
    /// <summary>Given by EF Core on insert (a time-ordered UUIDv7) unless set before.</summary>
    public Guid Id { get; set; }

    /// <summary>Incremented on every change; a write quoting an older version is refused.</summary>
    public int Version { get; set; } = 1;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    // Not a property: the events are no column, and EF Core maps properties only.
    private List<IDomainEvent>? raisedEvents;

    /// <summary>The events this entity's changes raised since they were last taken; taking them empties the list.</summary>
    public IReadOnlyList<IDomainEvent> TakeRaisedEvents()
    {
        var taken = raisedEvents ?? [];
        raisedEvents = null;
        return taken;
    }

    /// <summary>Records that a change happened, for the reactions that run once it is saved.</summary>
    protected void Raise(IDomainEvent domainEvent) => (raisedEvents ??= []).Add(domainEvent);
}
