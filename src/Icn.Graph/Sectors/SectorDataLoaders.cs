using Icn.Domain.Clusters;
using Icn.Domain.Events;
using Icn.Domain.Knowledge;
using Icn.Domain.Members;
using Icn.Domain.Opportunities;
using Icn.Domain.Persistence;
using Icn.Domain.Sectors;
using Icn.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Sectors;

/// <summary>Request-scoped batched loads of sectors: by id, children, and the sectors of each kind of owner.</summary>
internal sealed class SectorDataLoaders(IDbContextFactory<IcnDbContext> databases)
{
    public BatchLoader<Guid, Sector?> ById { get; } = Loaders.ById<Sector>(databases);

    public BatchLoader<Guid, IReadOnlyList<Sector>> ChildrenOf { get; } =
        Loaders.CollectionOf<Sector, Sector, string>(databases, s => s.Children, s => s.Name);

    public BatchLoader<Guid, IReadOnlyList<Sector>> OfCluster { get; } =
        Loaders.CollectionOf<Cluster, Sector, string>(databases, c => c.Sectors, s => s.Name);

    public BatchLoader<Guid, IReadOnlyList<Sector>> OfMember { get; } =
        Loaders.CollectionOf<Member, Sector, string>(databases, m => m.Sectors, s => s.Name);

    public BatchLoader<Guid, IReadOnlyList<Sector>> OfOpportunity { get; } =
        Loaders.CollectionOf<Opportunity, Sector, string>(databases, o => o.Sectors, s => s.Name);

    public BatchLoader<Guid, IReadOnlyList<Sector>> OfEvent { get; } =
        Loaders.CollectionOf<NetworkEvent, Sector, string>(databases, e => e.Sectors, s => s.Name);

    public BatchLoader<Guid, IReadOnlyList<Sector>> OfArticle { get; } =
        Loaders.CollectionOf<Article, Sector, string>(databases, a => a.Sectors, s => s.Name);
}
