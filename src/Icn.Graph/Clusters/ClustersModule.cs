using Icn.Domain.Clusters;
using Icn.Graph.Access;
using Icn.Graph.Engine.Relay;
using Icn.Plugins;

namespace Icn.Graph.Clusters;

/// <summary>The network's clusters and their profiles.</summary>
internal sealed class ClustersModule : INetworkModule
{
    public string Name => "Clusters";

    public void Register(INetworkModuleBuilder module)
    {
        module.AddQueryFields<ClusterQueries>(position: 50)
            .AddMutationFields<ClusterMutations>(position: 10)
            .AddLoaders<ClusterDataLoaders>();
        module.Services.AddNodeSource<Cluster>("Cluster", (rows, viewer) => rows.VisibleTo(viewer));
    }
}
