using Icn.Domain.Events;
using Icn.Graph.Access;
using Icn.Graph.Engine.Relay;
using Icn.Plugins;

namespace Icn.Graph.Events;

/// <summary>The network's events and the registrations for them.</summary>
internal sealed class EventsModule : INetworkModule
{
    public string Name => "Events";

    public void Register(INetworkModuleBuilder module)
    {
        module.AddQueryFields<EventQueries>(position: 80)
            .AddMutationFields<EventMutations>(position: 90)
            .AddMutationFields<EventRegistrationMutations>(position: 100)
            .AddLoaders<EventDataLoaders>();
        module.Services.AddNodeSource<NetworkEvent>("Event", (rows, viewer) => rows.VisibleTo(viewer));
        module.Services.AddNodeSource<EventRegistration>("EventRegistration", (rows, viewer) => rows.VisibleTo(viewer));
    }
}
