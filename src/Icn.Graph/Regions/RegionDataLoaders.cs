using Icn.Domain.Opportunities;
using Icn.Domain.Persistence;
using Icn.Domain.Regions;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Regions;

/// <summary>Request-scoped batched loads of regions; each made on its first use.</summary>
internal sealed class RegionDataLoaders(IDbContextFactory<IcnDbContext> databases)
{
    public BatchLoader<Guid, Region?> ById => LoaderSlot.Get(ref field, databases, static d => Loaders.ById<Region>(d));

    public BatchLoader<Guid, IReadOnlyList<Region>> TargetRegionsOfOpportunity => LoaderSlot.Get(ref field, databases, static d => Loaders.CollectionOf<Opportunity, Region, string>(d, o => o.TargetRegions, r => r.Name));
}
