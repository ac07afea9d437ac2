using GraphQL;
using GraphQL.Types;
using Icn.Domain.Events;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Clusters;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;

namespace Icn.Graph.Events;

/// <summary>A cluster's registration for an event. Participants' names are personal data: staff only.</summary>
internal sealed class EventRegistrationType : ObjectGraphType<EventRegistration>
{
    public EventRegistrationType()
    {
        this.ImplementNode("EventRegistration");
        Description = "A cluster's registration for an event, with the people it sends and the attendance recorded afterwards. Restricted: network-wide staff, the registered cluster's editor and the host's editor.";
        this.AuthorizeWithPolicy(AccessPolicies.Staff);
        Field<NonNullGraphType<EventType>>("event")
            .Description("The event registered for.")
            .Resolve(context => context.Loaders<EventDataLoaders>().ById.Load(context.Source.EventId));
        Field<NonNullGraphType<ClusterType>>("cluster")
            .Description("The registered cluster.")
            .Resolve(context => context.Loaders<ClusterDataLoaders>().ById.Load(context.Source.ClusterId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("participants")
            .Description("The names of the people the cluster sends.")
            .Resolve(context => context.Source.Participants);
        Field<NonNullGraphType<Icn.GraphQL.Scalars.InstantGraphType>>("registeredAt")
            .Description("When the cluster first registered.")
            .Resolve(context => context.Source.CreatedAt);
        Field(r => r.AttendedCount, nullable: true).Description("How many of the participants came; null until attendance is recorded.");
        Field(r => r.AttendanceRecordedAt, nullable: true).Description("When attendance was recorded; null until then.");
    }
}
