using Icn.Domain.Clusters;
using Icn.Domain.Persistence;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Clusters;

/// <summary>
/// Request-scoped batched loads of clusters by id: the cluster of a member, the poster of an
/// opportunity, the host of an event. The parent's own visibility rule already requires a public
/// cluster, so no further filter is applied here.
/// </summary>
internal sealed class ClusterDataLoaders(IDbContextFactory<IcnDbContext> databases)
{
    public BatchLoader<Guid, Cluster?> ById { get; } = Loaders.ById<Cluster>(databases);
}
