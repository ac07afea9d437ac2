using Icn.Plugins;

namespace Icn.Graph.Search;

/// <summary>One search over the network's public text.</summary>
internal sealed class SearchModule : INetworkModule
{
    public string Name => "Search";

    public void Register(INetworkModuleBuilder module)
    {
        module.AddQueryFields<SearchQueries>(position: 100);
    }
}
