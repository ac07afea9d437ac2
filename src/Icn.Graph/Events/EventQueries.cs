using GraphQL.Types;
using Icn.Domain.Events;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Events;

internal sealed class EventQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.AddConnection<EventType, NetworkEvent>(
            "events",
            "The network's events: matchmaking events, webinars, delegation visits and conferences.",
            EventList.Definition,
            (db, viewer) => db.Events.AsNoTracking().VisibleTo(viewer));
}
