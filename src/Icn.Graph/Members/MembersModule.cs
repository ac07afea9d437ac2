using Icn.Domain.Members;
using Icn.Graph.Access;
using Icn.Graph.Engine.Relay;
using Icn.Plugins;

namespace Icn.Graph.Members;

/// <summary>The companies and institutions of each cluster.</summary>
internal sealed class MembersModule : INetworkModule
{
    public string Name => "Members";

    public void Register(INetworkModuleBuilder module)
    {
        module.AddQueryFields<MemberQueries>(position: 60)
            .AddMutationFields<MemberMutations>(position: 20);
        module.Services.AddNodeSource<Member>("Member", (rows, viewer) => rows.VisibleTo(viewer));
    }
}
