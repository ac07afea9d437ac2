using Icn.Domain.Clusters;
using Icn.Domain.Events;
using Icn.Domain.Knowledge;
using Icn.Domain.Members;
using Icn.Domain.Opportunities;
using Icn.Domain.Persistence;
using Icn.Domain.Sectors;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Sectors;

/// <summary>Request-scoped batched loads of sectors: by id, children, and the sectors of each kind of owner; each made on its first use.</summary>
internal sealed class SectorDataLoaders(IDbContextFactory<IcnDbContext> databases)
{
    public BatchLoader<Guid, Sector?> ById => LoaderSlot.Get(ref field, databases, static d => Loaders.ById<Sector>(d));

    public BatchLoader<Guid, IReadOnlyList<Sector>> ChildrenOf => LoaderSlot.Get(ref field, databases, static d => Loaders.CollectionOf<Sector, Sector, string>(d, s => s.Children, s => s.Name));

    public BatchLoader<Guid, IReadOnlyList<Sector>> OfCluster => LoaderSlot.Get(ref field, databases, static d => Loaders.CollectionOf<Cluster, Sector, string>(d, c => c.Sectors, s => s.Name));

    public BatchLoader<Guid, IReadOnlyList<Sector>> OfMember => LoaderSlot.Get(ref field, databases, static d => Loaders.CollectionOf<Member, Sector, string>(d, m => m.Sectors, s => s.Name));

    public BatchLoader<Guid, IReadOnlyList<Sector>> OfOpportunity => LoaderSlot.Get(ref field, databases, static d => Loaders.CollectionOf<Opportunity, Sector, string>(d, o => o.Sectors, s => s.Name));

    public BatchLoader<Guid, IReadOnlyList<Sector>> OfEvent => LoaderSlot.Get(ref field, databases, static d => Loaders.CollectionOf<NetworkEvent, Sector, string>(d, e => e.Sectors, s => s.Name));

    public BatchLoader<Guid, IReadOnlyList<Sector>> OfArticle => LoaderSlot.Get(ref field, databases, static d => Loaders.CollectionOf<Article, Sector, string>(d, a => a.Sectors, s => s.Name));
}
