using GraphQL.Types;
using Icn.Domain.Events;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Events;

/// <summary>
/// Taking part in events: a cluster registers the people it sends (within the event's capacity,
/// however many register at once), and after the event starts its host or the Secretariat records
/// how many came.
/// </summary>
internal sealed class EventRegistrationMutations : IMutationFields
{
    private const int MaxParticipants = 50;
    private const int NameLength = 200;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation("registerForEvent", "Registers a cluster's participants for an event that has not started; registering again replaces the cluster's list. A full event answers a ConflictError.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("eventId").Description("The event; not cancelled, not started, and not a Board meeting for an editor.");
                input.Field<IdGraphType>("clusterId").Description("The registering cluster; an editor's own by default.");
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("participants")
                    .Description($"The names of the people the cluster sends: 1 to {MaxParticipants}, each at most {NameLength} characters; repeats count once.");
            })
            .Returns<EventType>("event", "The event, with its remaining capacity.")
            .ReturnsExtra<EventRegistrationType>("registration", "The cluster's registration as stored.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(RegisterAsync);

        mutation.Mutation("recordAttendance", "Records how many of a registered cluster's participants came, once the event has started. The host cluster's editor or the Secretariat records it.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("eventId").Description("The event, started and not cancelled.");
                input.Field<NonNullGraphType<IdGraphType>>("clusterId").Description("The registered cluster.");
                input.Field<NonNullGraphType<IntGraphType>>("attendedCount").Description("How many came: from 0 to the number of participants registered.");
            })
            .Returns<EventRegistrationType>("registration", "The registration with its attendance.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(RecordAttendanceAsync);
    }

    private static async Task<Payload> RegisterAsync(MutationInput input, MutationContext mutation)
    {
        var eventId = input.Id("eventId", "Event");
        var cluster = input.Has("clusterId") && input.Id("clusterId", "Cluster") is { } given ? given : mutation.Viewer.ClusterId;
        var participants = input.Texts("participants", MaxParticipants, NameLength);
        if (participants is { Count: 0 })
        {
            input.Invalid("participants", "Name at least one participant.");
        }

        if (eventId is not { } id || participants is null || !input.IsValid)
        {
            return Payload.Failed(input.Errors);
        }

        if (cluster is not { } clusterId)
        {
            return Payload.Failed(new ValidationUserError("Say which cluster registers.", input.PathOf("clusterId")));
        }

        if (mutation.RequireActingFor(clusterId, input.PathOf("clusterId"), "registrations") is { } forbidden)
        {
            return Payload.Failed(forbidden);
        }

        if (await mutation.RequireMemberClusterAsync(clusterId, input.PathOf("clusterId")) is { } notMember)
        {
            return Payload.Failed(notMember);
        }

        return await mutation.InTransactionAsync(() => RegisterLockedAsync(input, mutation, id, clusterId, participants));
    }

    /// <summary>The registration itself, with the event's row locked so the capacity check and the write happen as one step.</summary>
    private static async Task<Payload> RegisterLockedAsync(MutationInput input, MutationContext mutation, Guid eventId, Guid clusterId, List<string> participants)
    {
        var networkEvent = await EventRowLock.LockAsync(mutation.Db, eventId, mutation.CancellationToken);
        if (networkEvent is null || !await mutation.Db.Events.VisibleTo(mutation.Viewer).AnyAsync(e => e.Id == eventId, mutation.CancellationToken))
        {
            return Payload.Failed(new NotFoundUserError("No event you can see has this id.", input.PathOf("eventId")));
        }

        // Visibility already hides Board meetings from editors; the rule is stated here too, so
        // widening what editors see can never open Board meetings to their registrations.
        if (networkEvent.Kind == EventKind.BoardMeeting && !mutation.Viewer.ActsForEveryCluster)
        {
            return Payload.Failed(new ForbiddenUserError("Only the Secretariat registers participants for a Board meeting.", input.PathOf("eventId")));
        }

        if (StateRefusal(input, mutation, networkEvent) is { } closed)
        {
            return Payload.Failed(closed);
        }

        if (networkEvent.Capacity is { } capacity)
        {
            var others = await EventRowLock.RegisteredParticipantsAsync(mutation.Db, eventId, clusterId, mutation.CancellationToken);
            if (others + participants.Count > capacity)
            {
                var left = Math.Max(0, capacity - others);
                return Payload.Failed(new ConflictUserError(
                    left == 0
                        ? $"The event is full: all {capacity} places are taken."
                        : $"Only {left} of the event's {capacity} places are left; {participants.Count} participants do not fit.",
                    input.PathOf("participants")));
            }
        }

        var registration = await mutation.Db.EventRegistrations
            .FirstOrDefaultAsync(r => r.EventId == eventId && r.ClusterId == clusterId, mutation.CancellationToken);
        if (registration is null)
        {
            registration = new EventRegistration { EventId = eventId, ClusterId = clusterId };
            mutation.Db.EventRegistrations.Add(registration);
        }

        registration.Participants = participants;
        return await mutation.SaveAsync(networkEvent, new Dictionary<string, object?> { ["registration"] = registration });
    }

    private static async Task<Payload> RecordAttendanceAsync(MutationInput input, MutationContext mutation)
    {
        var eventId = input.Id("eventId", "Event");
        var clusterId = input.Id("clusterId", "Cluster");
        var attended = input.Number("attendedCount", 0, int.MaxValue);
        if (eventId is null || clusterId is null || attended is null)
        {
            return Payload.Failed(input.Errors);
        }

        var networkEvent = await mutation.Db.Events.VisibleTo(mutation.Viewer).FirstOrDefaultAsync(e => e.Id == eventId, mutation.CancellationToken);
        if (networkEvent is null)
        {
            return Payload.Failed(new NotFoundUserError("No event you can see has this id.", input.PathOf("eventId")));
        }

        if (!mutation.Viewer.MayActFor(networkEvent.HostId))
        {
            return Payload.Failed(new ForbiddenUserError("Only the host cluster's editor or the Secretariat records attendance.", input.PathOf("eventId")));
        }

        if (networkEvent.CancelledAt is not null)
        {
            return Payload.Failed(new ConflictUserError("The event was cancelled; there is no attendance to record.", input.PathOf("eventId")));
        }

        if (networkEvent.StartsAt > mutation.Now)
        {
            return Payload.Failed(new ConflictUserError("The event has not started yet; record attendance once it has.", input.PathOf("eventId")));
        }

        var registration = await mutation.Db.EventRegistrations
            .FirstOrDefaultAsync(r => r.EventId == eventId && r.ClusterId == clusterId, mutation.CancellationToken);
        if (registration is null)
        {
            return Payload.Failed(new NotFoundUserError("This cluster is not registered for this event.", input.PathOf("clusterId")));
        }

        if (attended > registration.Participants.Count)
        {
            input.Invalid("attendedCount", $"The cluster registered {registration.Participants.Count} participants; at most that many can have attended.");
        }

        registration.AttendedCount = attended;
        registration.AttendanceRecordedAt = mutation.Now;
        return await mutation.SaveAsync(registration);
    }

    /// <summary>A cancelled or started event takes no registrations.</summary>
    private static ConflictUserError? StateRefusal(MutationInput input, MutationContext mutation, NetworkEvent networkEvent) =>
        networkEvent.CancelledAt is not null
            ? new ConflictUserError("The event was cancelled; it takes no registrations.", input.PathOf("eventId"))
            : networkEvent.StartsAt <= mutation.Now
                ? new ConflictUserError("The event has already started; registration is closed.", input.PathOf("eventId"))
                : null;
}
