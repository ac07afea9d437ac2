using Icn.Domain.Sectors;
using Icn.Graph.Engine.Relay;
using Icn.Plugins;

namespace Icn.Graph.Sectors;

/// <summary>The cleantech sectors clusters, members and opportunities are filed under.</summary>
internal sealed class SectorsModule : INetworkModule
{
    public string Name => "Sectors";

    public void Register(INetworkModuleBuilder module)
    {
        module.AddQueryFields<SectorQueries>(position: 40)
            .AddLoaders<SectorDataLoaders>();
        module.Services.AddNodeSource<Sector>("Sector", (rows, _) => rows);
    }
}
