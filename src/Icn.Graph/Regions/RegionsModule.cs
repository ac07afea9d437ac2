using Icn.Domain.Regions;
using Icn.Graph.Engine.Relay;
using Icn.Plugins;

namespace Icn.Graph.Regions;

/// <summary>The network's regions.</summary>
internal sealed class RegionsModule : INetworkModule
{
    public string Name => "Regions";

    public void Register(INetworkModuleBuilder module)
    {
        module.AddQueryFields<RegionQueries>(position: 30)
            .AddLoaders<RegionDataLoaders>();
        module.Services.AddNodeSource<Region>("Region", (rows, _) => rows);
    }
}
