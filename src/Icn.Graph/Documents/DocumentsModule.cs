using Icn.Plugins;

namespace Icn.Graph.Documents;

/// <summary>The websites' trusted documents.</summary>
internal sealed class DocumentsModule : INetworkModule
{
    public string Name => "Documents";

    public void Register(INetworkModuleBuilder module)
    {
        module.AddMutationFields<TrustedDocumentMutations>(position: 80);
    }
}
