using Icn.Domain.Opportunities;
using Icn.Domain.Persistence;
using Icn.Domain.Regions;
using Icn.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Regions;

/// <summary>Request-scoped batched loads of regions.</summary>
internal sealed class RegionDataLoaders(IDbContextFactory<IcnDbContext> databases)
{
    public BatchLoader<Guid, Region?> ById { get; } = Loaders.ById<Region>(databases);

    public BatchLoader<Guid, IReadOnlyList<Region>> TargetRegionsOfOpportunity { get; } =
        Loaders.CollectionOf<Opportunity, Region, string>(databases, o => o.TargetRegions, r => r.Name);
}
