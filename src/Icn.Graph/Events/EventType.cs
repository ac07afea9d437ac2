using GraphQL.Types;
using Icn.Domain.Events;
using Icn.Graph.Clusters;
using Icn.Graph.Content;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Search;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Icn.Graph.Sectors;

namespace Icn.Graph.Events;

internal sealed class EventType : ObjectGraphType<NetworkEvent>
{
    public EventType()
    {
        this.ImplementNode("Event");
        Interface<SearchResultInterface>();
        Description = "A matchmaking event, webinar, delegation visit or conference of the network.";
        Field(e => e.Title).Description("The event's title.");
        Field<NonNullGraphType<MarkdownGraphType>>("description").Description("What the event is about, in Markdown.").Resolve(context => context.Source.Description);
        Field<NonNullGraphType<StringGraphType>>("descriptionHtml")
            .Description("The description rendered to sanitised HTML.")
            .Resolve(context => context.RequestServices!.GetRequiredService<MarkdownHtml>().Render(context.Source.Description));
        Field<NonNullGraphType<EventKindGraphType>>("kind").Description("What kind of event it is.").Resolve(context => context.Source.Kind);
        Field(e => e.StartsAt).Description("When the event starts.");
        Field(e => e.EndsAt).Description("When the event ends.");
        Field(e => e.TimeZone).Description("The IANA time zone the event is held in, e.g. \"Europe/Copenhagen\", for showing local times.");
        Field(e => e.Location, nullable: true).Description("Where the event takes place; null for an online-only event.");
        Field<UrlGraphType>("onlineUrl").Description("The link to join online, if it can be joined online.").Resolve(context => context.Source.OnlineUrl);
        Field<NonNullGraphType<ClusterType>>("host")
            .Description("The cluster hosting the event.")
            // The list's page query may have read it already (ReferencePreload).
            .Resolve(context => (object?)context.Source.Host ?? context.Loaders<ClusterDataLoaders>().ById.LoadOrKnown(context.Source.HostId));
        Field(e => e.Capacity, nullable: true).Description("How many participants the event takes in all; null for no limit.");
        Field<IntGraphType>("remainingCapacity")
            .Description("How many more participants can register; null for no limit.")
            .Resolve(context => context.Source.Capacity is { } capacity
                ? context.Loaders<EventDataLoaders>().RegisteredParticipants
                    .Load(context.Source.Id).Then(registered => (int?)Math.Max(0, capacity - registered))
                : null);
        Field(e => e.CancelledAt, nullable: true).Description("When the event was cancelled; null unless it was. A cancelled event takes no registrations.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorType>>>>("sectors")
            .Description("The cleantech sectors the event concerns, by name.")
            .Resolve(context => context.Loaders<SectorDataLoaders>().OfEvent.LoadOrKnown(context.Source.Id));
    }
}
