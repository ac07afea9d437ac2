using Icn.Domain.Opportunities;
using Icn.Graph.Access;
using Icn.Graph.Engine.Relay;
using Icn.Plugins;

namespace Icn.Graph.Opportunities;

/// <summary>Business opportunities clusters share with the network, and other clusters' interest in them.</summary>
internal sealed class OpportunitiesModule : INetworkModule
{
    public string Name => "Opportunities";

    public void Register(INetworkModuleBuilder module)
    {
        module.AddQueryFields<OpportunityQueries>(position: 70)
            .AddMutationFields<OpportunityMutations>(position: 30)
            .AddLoaders<OpportunityDataLoaders>();
        module.Services.AddNodeSource<Opportunity>("Opportunity", (rows, viewer) => rows.VisibleTo(viewer));
        module.Services.AddNodeSource<OpportunityInterest>("Interest", (rows, viewer) => rows.VisibleTo(viewer));
    }
}
