using GraphQL.Types;
using Icn.Domain.Events;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Events;

/// <summary>
/// Taking part in events: a cluster registers the people it sends (within the event's capacity,
/// however many register at once), and after the event starts its host or the Secretariat records
/// how many came. The inputs are in EventRegistrationInputs.cs; the rules are
/// <see cref="NetworkEvent"/>'s (when, how many) and <see cref="EventRegistration"/>'s (who, how many came).
/// </summary>
internal sealed class EventRegistrationMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RegisterForEventInput>("registerForEvent", "Registers a cluster's participants for an event that has not started; registering again replaces the cluster's list. A full event answers a ConflictError.")
            .Returns<EventType>("event", "The event, with its remaining capacity.")
            .ReturnsExtra<EventRegistrationType>("registration", "The cluster's registration as stored.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(RegisterAsync);

        mutation.Mutation<RecordAttendanceInput>("recordAttendance", "Records how many of a registered cluster's participants came, once the event has started. The host cluster's editor or the Secretariat records it.")
            .Returns<EventRegistrationType>("registration", "The registration with its attendance.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(RecordAttendanceAsync);
    }

    private static async Task<Payload> RegisterAsync(RegisterForEventInput input, MutationContext mutation)
    {
        if (input.Participants is { } names && EventRegistration.CheckParticipants(names) is { } empty)
        {
            mutation.Reject(empty, nameof(input.Participants));
        }

        if (!mutation.InputIsValid)
        {
            // The answer is the input's errors; no event is locked for a registration that cannot be made.
            return mutation.Failure;
        }

        var clusterPath = mutation.PathOf(nameof(input.ClusterId));
        if ((input.ClusterId ?? mutation.Viewer.ClusterId) is not { } clusterId)
        {
            return Payload.Failed(new ValidationUserError("Say which cluster registers.", clusterPath));
        }

        if (mutation.RequireActingFor(clusterId, clusterPath, "registrations") is { } forbidden)
        {
            return Payload.Failed(forbidden);
        }

        if (await mutation.RequireMemberClusterAsync(clusterId, clusterPath) is { } notMember)
        {
            return Payload.Failed(notMember);
        }

        return await mutation.InTransactionAsync(() => RegisterLockedAsync(input, mutation, clusterId));
    }

    /// <summary>The registration itself, with the event's row locked so the capacity check and the write happen as one step.</summary>
    private static async Task<Payload> RegisterLockedAsync(RegisterForEventInput input, MutationContext mutation, Guid clusterId)
    {
        var eventPath = mutation.PathOf(nameof(input.EventId));
        var networkEvent = await EventRowLock.LockAsync(mutation.Db, input.EventId, mutation.CancellationToken);
        if (networkEvent is null || !await mutation.Db.Events.VisibleTo(mutation.Viewer).AnyAsync(e => e.Id == input.EventId, mutation.CancellationToken))
        {
            return Payload.Failed(new NotFoundUserError("No event you can see has this id.", eventPath));
        }

        // Visibility already hides Board meetings from editors; the rule is stated here too, so
        // widening what editors see can never open Board meetings to their registrations.
        if (networkEvent.Kind == EventKind.BoardMeeting && !mutation.Viewer.ActsForEveryCluster)
        {
            return Payload.Failed(new ForbiddenUserError("Only the Secretariat registers participants for a Board meeting.", eventPath));
        }

        if (networkEvent.CheckRegistrationOpen(mutation.Now) is { } closed)
        {
            return mutation.Refused(closed, nameof(input.EventId));
        }

        var taken = networkEvent.Capacity is null ? 0 : await EventRowLock.RegisteredParticipantsAsync(mutation.Db, networkEvent.Id, clusterId, mutation.CancellationToken);
        if (networkEvent.CheckRoomFor(input.Participants.Count, taken) is { } full)
        {
            return mutation.Refused(full, nameof(input.Participants));
        }

        var registration = await mutation.Db.EventRegistrations
            .FirstOrDefaultAsync(r => r.EventId == networkEvent.Id && r.ClusterId == clusterId, mutation.CancellationToken);
        if (registration is null)
        {
            registration = new EventRegistration { EventId = networkEvent.Id, ClusterId = clusterId };
            mutation.Db.EventRegistrations.Add(registration);
        }

        if (registration.Register(input.Participants) is { } refused)
        {
            return mutation.Refused(refused, nameof(input.Participants));
        }

        return await mutation.SaveAsync(networkEvent, new Dictionary<string, object?> { ["registration"] = registration });
    }

    private static async Task<Payload> RecordAttendanceAsync(RecordAttendanceInput input, MutationContext mutation)
    {
        var eventPath = mutation.PathOf(nameof(input.EventId));
        var networkEvent = await mutation.Db.Events.VisibleTo(mutation.Viewer).FirstOrDefaultAsync(e => e.Id == input.EventId, mutation.CancellationToken);
        if (networkEvent is null)
        {
            return Payload.Failed(new NotFoundUserError("No event you can see has this id.", eventPath));
        }

        if (!mutation.Viewer.MayActFor(networkEvent.HostId))
        {
            return Payload.Failed(new ForbiddenUserError("Only the host cluster's editor or the Secretariat records attendance.", eventPath));
        }

        if (networkEvent.CheckAttendanceRecordable(mutation.Now) is { } notNow)
        {
            return mutation.Refused(notNow, nameof(input.EventId));
        }

        var registration = await mutation.Db.EventRegistrations
            .FirstOrDefaultAsync(r => r.EventId == networkEvent.Id && r.ClusterId == input.ClusterId, mutation.CancellationToken);
        if (registration is null)
        {
            return Payload.Failed(new NotFoundUserError("This cluster is not registered for this event.", mutation.PathOf(nameof(input.ClusterId))));
        }

        if (registration.RecordAttendance(input.AttendedCount, mutation.Now) is { } tooMany)
        {
            mutation.Reject(tooMany, nameof(input.AttendedCount));
        }

        return await mutation.SaveAsync(registration);
    }
}
