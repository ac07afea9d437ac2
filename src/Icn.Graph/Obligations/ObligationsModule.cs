using Icn.Domain.Obligations;
using Icn.Graph.Access;
using Icn.Graph.Engine.Relay;
using Icn.Plugins;

namespace Icn.Graph.Obligations;

/// <summary>Each member's yearly obligations and the benchmark it reports.</summary>
internal sealed class ObligationsModule : INetworkModule
{
    public string Name => "Obligations";

    public void Register(INetworkModuleBuilder module)
    {
        module.AddQueryFields<ObligationQueries>(position: 130)
            .AddMutationFields<BenchmarkMutations>(position: 50)
            .AddLoaders<BenchmarkDataLoaders>();
        module.Services.AddNodeSource<Benchmark>("Benchmark", (rows, viewer) => rows.VisibleTo(viewer));
    }
}
