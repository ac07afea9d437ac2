using Icn.Domain.Persistence;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Opportunities;

/// <summary>Request-scoped batched loads about opportunities.</summary>
internal sealed class OpportunityDataLoaders(IDbContextFactory<IcnDbContext> databases)
{
    /// <summary>Standing (not withdrawn) interests per opportunity, counted in SQL.</summary>
    public BatchLoader<Guid, int> InterestCount { get; } = new(async (keys, cancellationToken) =>
    {
        var wanted = keys.ToArray();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.OpportunityInterests.AsNoTracking()
            .Where(i => wanted.Contains(i.OpportunityId) && i.WithdrawnAt == null)
            .GroupBy(i => i.OpportunityId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }, 0);
}
