using Icn.Domain.Membership;
using Icn.Graph.Access;
using Icn.Graph.Engine.Relay;
using Icn.Plugins;

namespace Icn.Graph.Membership;

/// <summary>Membership applications, the Board's decisions, and fee invoices.</summary>
internal sealed class MembershipModule : INetworkModule
{
    public string Name => "Membership";

    public void Register(INetworkModuleBuilder module)
    {
        module.AddQueryFields<ApplicationQueries>(position: 170)
            .AddMutationFields<FeeMutations>(position: 110)
            .AddMutationFields<ApplicationMutations>(position: 150)
            .AddLoaders<ApplicationDataLoaders>();
        module.Services.AddNodeSource<FeeInvoice>("FeeInvoice", (rows, viewer) => rows.VisibleTo(viewer));
        // The applicant reads theirs through applicationByToken only; node(id) serves the network's staff.
        module.Services.AddNodeSource<Application>("Application", (rows, viewer) => viewer.SeesRestrictedData ? rows : rows.Where(_ => false));
    }
}
