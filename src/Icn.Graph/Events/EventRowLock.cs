using Icn.Domain.Events;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Events;

/// <summary>
/// Locks one event's row until the surrounding transaction ends. Every write whose rule depends on
/// the participants already registered (registering, changing the capacity, cancelling) takes this
/// lock first, so such writes run one after another per event — across API processes too, since
/// the lock lives in PostgreSQL — and the sum read after taking it is the committed one, which
/// stays true until commit.
/// Why a row lock: a conditional INSERT ... SELECT that checks the sum would not be enough under
/// READ COMMITTED (two registrations would each miss the other's uncommitted participants), and
/// SERIALIZABLE would answer every race with a serialization failure to retry. Locking the event
/// row serialises only writers of the same event; other events' registrations stay parallel and
/// readers are never blocked.
/// </summary>
internal static class EventRowLock
{
    /// <summary>The tracked event, locked FOR UPDATE; null when no event has this id. Call inside a transaction.</summary>
    public static async Task<NetworkEvent?> LockAsync(IcnDbContext db, Guid id, CancellationToken cancellationToken)
    {
        // Not composed with further operators: EF would wrap the statement in a subquery.
        var rows = await db.Events
            .FromSqlInterpolated($"SELECT * FROM events WHERE id = {id} FOR UPDATE")
            .AsTracking()
            .ToListAsync(cancellationToken);
        return rows.SingleOrDefault();
    }

    /// <summary>The participants registered for an event, except those of <paramref name="exceptCluster"/> (whose list is being replaced).</summary>
    public static Task<int> RegisteredParticipantsAsync(IcnDbContext db, Guid eventId, Guid? exceptCluster, CancellationToken cancellationToken) =>
        db.EventRegistrations
            .Where(r => r.EventId == eventId && r.ClusterId != exceptCluster)
            .SumAsync(r => r.Participants.Count, cancellationToken);
}
