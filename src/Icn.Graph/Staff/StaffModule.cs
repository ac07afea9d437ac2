using Icn.Domain.Staff;
using Icn.Graph.Engine.Relay;
using Icn.Plugins;

namespace Icn.Graph.Staff;

/// <summary>The network's staff accounts and their roles.</summary>
internal sealed class StaffModule : INetworkModule
{
    public string Name => "Staff";

    public void Register(INetworkModuleBuilder module)
    {
        module.AddQueryFields<UserQueries>(position: 110)
            .AddMutationFields<UserMutations>(position: 60)
            .AddLoaders<UserDataLoaders>();
        // Accounts are not entities of the network; only their managers find them.
        module.Services.AddNodeSource<StaffUser>("User", u => u.Id, (rows, viewer) => viewer.IsInRole(StaffRoles.Admin) ? rows : rows.Where(_ => false));
    }
}
