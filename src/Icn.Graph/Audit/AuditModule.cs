using Icn.Domain.Audit;
using Icn.Graph.Access;
using Icn.Graph.Engine.Relay;
using Icn.Plugins;

namespace Icn.Graph.Audit;

/// <summary>The log of who changed what.</summary>
internal sealed class AuditModule : INetworkModule
{
    public string Name => "Audit";

    public void Register(INetworkModuleBuilder module)
    {
        module.AddQueryFields<AuditLogQueries>(position: 140);
        module.Services.AddNodeSource<AuditEntry>("AuditEntry", e => e.Id, (rows, viewer) => rows.VisibleTo(viewer));
    }
}
