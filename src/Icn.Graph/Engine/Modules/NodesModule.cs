using Icn.GraphQL.Relay;
using Icn.Plugins;

namespace Icn.Graph.Engine.Modules;

/// <summary>Relay's node(id) and nodes(ids): any object by its global id, from the node sources the other modules add.</summary>
internal sealed class NodesModule : INetworkModule
{
    public string Name => "Nodes";

    public void Register(INetworkModuleBuilder module) => module.AddQueryFields<NodeQueries>(position: 10);
}
