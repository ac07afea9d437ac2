using Icn.Domain.Access;
using Icn.Domain.Staff;
using Icn.Graph.Engine.Relay;
using Icn.Plugins;

namespace Icn.Graph.Access;

/// <summary>Who is asking: the viewer and its roles, and the websites' API keys.</summary>
internal sealed class AccessModule : INetworkModule
{
    public string Name => "Access";

    public void Register(INetworkModuleBuilder module)
    {
        module.Services.AddViewer();
        module.AddQueryFields<ViewerQueries>(position: 20)
            .AddQueryFields<ApiKeyQueries>(position: 120)
            .AddMutationFields<ApiKeyMutations>(position: 70);
        module.Services.AddNodeSource<ApiKey>("ApiKey", k => k.Id, (rows, viewer) => viewer.IsInRole(StaffRoles.Admin) ? rows : rows.Where(_ => false));
    }
}
