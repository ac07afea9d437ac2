using Icn.Domain.Events;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Events;

internal sealed class EventKindGraphType : DescribedEnumGraphType<EventKind>
{
    public EventKindGraphType()
        : base("The kinds of event the network holds.", new Dictionary<EventKind, string>
        {
            [EventKind.Matchmaking] = "A matchmaking event where members meet partners.",
            [EventKind.Webinar] = "An online seminar.",
            [EventKind.Delegation] = "A delegation visit to a region.",
            [EventKind.Conference] = "A conference.",
            [EventKind.BoardMeeting] = "A meeting of the ICN Board; restricted, never public.",
        })
    {
        Name = "EventKind";
    }
}
