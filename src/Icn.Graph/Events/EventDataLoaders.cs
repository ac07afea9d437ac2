using Icn.Domain.Persistence;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Events;

/// <summary>Request-scoped batched loads about events.</summary>
internal sealed class EventDataLoaders(IDbContextFactory<IcnDbContext> databases)
{
    /// <summary>Events by id, for objects that point at one (a registration); the parent's visibility already admits it.</summary>
    public BatchLoader<Guid, Icn.Domain.Events.NetworkEvent?> ById { get; } = Loaders.ById<Icn.Domain.Events.NetworkEvent>(databases);

    /// <summary>Participants registered per event, summed in SQL.</summary>
    public BatchLoader<Guid, int> RegisteredParticipants { get; } = new(async (keys, cancellationToken) =>
    {
        var wanted = keys.ToArray();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.EventRegistrations.AsNoTracking()
            .Where(r => wanted.Contains(r.EventId))
            .GroupBy(r => r.EventId)
            .Select(g => new { g.Key, Participants = g.Sum(r => r.Participants.Count) })
            .ToDictionaryAsync(g => g.Key, g => g.Participants, cancellationToken);
    }, 0);
}
