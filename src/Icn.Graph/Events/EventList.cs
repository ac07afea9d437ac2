using Icn.Domain.Clusters;
using Icn.Domain.Events;
using Icn.Domain.Sectors;
using Icn.Graph.Clusters;
using Icn.GraphQL.Filtering;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Sectors;
using Icn.GraphQL.Sorting;

namespace Icn.Graph.Events;

/// <summary>The filter and orders of every list of events.</summary>
internal static class EventList
{
    public static FilterDefinition<NetworkEvent> Filter { get; } = new FilterDefinition<NetworkEvent>("EventFilter", "Conditions on an event; several fields must all hold.")
        .Id("Event")
        .String("title", "The event's title.", e => e.Title)
        .Enum<NetworkEvent, EventKindGraphType, EventKind>("kind", "What kind of event it is.", e => e.Kind)
        .DateTime("startsAt", "When the event starts.", e => e.StartsAt)
        .DateTime("endsAt", "When the event ends.", e => e.EndsAt)
        .Relation<NetworkEvent, Cluster, ClusterFilterGraphType>("host", "The cluster hosting the event.", e => e.Host, () => ClusterList.Filter)
        .Collection<NetworkEvent, Sector, SectorFilterGraphType>("sectors", "The event's sectors.", e => e.Sectors, () => SectorFilter.Definition);

    public static SortDefinition<NetworkEvent> Sort { get; } = new SortDefinition<NetworkEvent>("EventSort", "One way to order events.")
        .Add("startsAt", "By start time.", e => e.StartsAt)
        .Add("title", "By title.", e => e.Title);

    public static ListDefinition<NetworkEvent> Definition { get; } = new(
        Filter, typeof(EventFilterGraphType), Sort, typeof(EventSortGraphType),
        new SortOrder<NetworkEvent>([(Sort["startsAt"], false)]), "earliest start first")
    {
        References = [ClusterPreloads.For("host", nameof(NetworkEvent.Host))],
        Collection = SectorPreloads.For<NetworkEvent>(e => e.Sectors, l => l.OfEvent),
        OptionalColumns = [new(nameof(NetworkEvent.Description), "description", "descriptionHtml")],
    };
}

internal sealed class EventFilterGraphType() : EntityFilterGraphType<NetworkEvent>(EventList.Filter);

internal sealed class EventSortGraphType() : EntitySortGraphType<NetworkEvent>(EventList.Sort);
