using Icn.Domain.Obligations;
using Icn.Domain.Persistence;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Obligations;

/// <summary>Request-scoped batched loads of benchmarks. Callers decide first whether the viewer may read them.</summary>
internal sealed class BenchmarkDataLoaders(IDbContextFactory<IcnDbContext> databases)
{
    /// <summary>Each cluster's benchmarks, the latest year first; a cluster has one per year, so the list stays short.</summary>
    public BatchLoader<Guid, IReadOnlyList<Benchmark>> OfCluster { get; } = new(async (keys, cancellationToken) =>
    {
        var wanted = keys.ToArray();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.Benchmarks.AsNoTracking()
            .Where(b => wanted.Contains(b.ClusterId))
            .OrderByDescending(b => b.Year)
            .ToListAsync(cancellationToken);
        return rows.GroupBy(b => b.ClusterId).ToDictionary(g => g.Key, g => (IReadOnlyList<Benchmark>)[.. g]);
    }, []);
}
