using Icn.Domain.Clusters;
using Icn.Domain.Persistence;
using Icn.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Applications;

/// <summary>
/// The applicant clusters behind applications, with their region and sectors, in one query per
/// request level. Not filtered by the cluster's visibility on purpose: an applicant cluster is not
/// public, yet whoever may read the application (its applicant, the network's staff) may read
/// what was submitted in it.
/// </summary>
internal sealed class ApplicationDataLoaders(IDbContextFactory<IcnDbContext> databases)
{
    public BatchLoader<Guid, Cluster?> SubmittedCluster { get; } = new(async (keys, cancellationToken) =>
    {
        var wanted = keys.ToArray();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var clusters = await db.Clusters.AsNoTracking().AsSplitQuery()
            .Include(c => c.Region).Include(c => c.Sectors)
            .Where(c => wanted.Contains(c.Id))
            .ToListAsync(cancellationToken);
        return clusters.ToDictionary(c => c.Id, c => (Cluster?)c);
    }, null);
}
