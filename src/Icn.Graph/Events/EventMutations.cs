using GraphQL.Types;
using Icn.Domain.Events;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Content;
using Icn.Graph.Engine.Mutations;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Events;

/// <summary>
/// Writing events: an editor announces, changes and cancels the events their own cluster hosts;
/// the Secretariat and admins do so for any cluster, and alone hold Board meetings. The inputs are
/// in EventInputs.cs, the rules of an event's life in <see cref="NetworkEvent"/>.
/// </summary>
internal sealed class EventMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateEventInput>("createEvent", "Announces an event hosted by a cluster. Only the Secretariat and admins create Board meetings.")
            .Returns<EventType>("event", "The new event.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(CreateAsync);

        mutation.Mutation<UpdateEventInput>("updateEvent", "Changes an event; fields left out keep their value. The capacity may not drop below the participants already registered.")
            .Returns<EventType>("event", "The event as changed.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve((input, mutation) => mutation.InTransactionAsync(() => UpdateAsync(input, mutation)));

        mutation.Mutation<CancelEventInput>("cancelEvent", "Cancels an event that has not started: it stays readable, but takes no more registrations.")
            .Returns<EventType>("event", "The cancelled event.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve((input, mutation) => mutation.InTransactionAsync(() => CancelAsync(input, mutation)));
    }

    private static async Task<Payload> CreateAsync(CreateEventInput input, MutationContext mutation)
    {
        var networkEvent = input.ToEvent();
        CheckTimes(input.StartsAt, networkEvent, nameof(input.StartsAt), nameof(input.EndsAt), mutation);
        CheckTimeZone(input.TimeZone, nameof(input.TimeZone), mutation);
        var sectors = await mutation.SectorsAsync(input.SectorIds, nameof(input.SectorIds));
        var hostPath = mutation.PathOf(nameof(input.HostClusterId));
        if ((mutation.RequireActingFor(input.HostClusterId, hostPath, "events") ?? BoardMeetingRefusal(mutation, input.Kind, nameof(input.Kind))) is { } forbidden)
        {
            return Payload.Failed(forbidden);
        }

        if (await mutation.RequireClusterAsync(input.HostClusterId, hostPath) is { } missing)
        {
            return Payload.Failed(missing);
        }

        networkEvent.Sectors.AddRange(sectors ?? []);
        mutation.Db.Events.Add(networkEvent);
        return await mutation.SaveAsync(networkEvent);
    }

    private static async Task<Payload> UpdateAsync(UpdateEventInput input, MutationContext mutation)
    {
        var (networkEvent, refusal) = await LoadForChangeAsync(input.Id, input.Version, mutation);
        if (networkEvent is null)
        {
            return refusal!;
        }

        if (networkEvent.CheckChangeable(mutation.Now) is { } closed)
        {
            return mutation.Refused(closed, nameof(input.Id));
        }

        if (input.Kind.IsGiven && BoardMeetingRefusal(mutation, input.Kind.Value, nameof(input.Kind)) is { } forbidden)
        {
            return Payload.Failed(forbidden);
        }

        input.ApplyTo(networkEvent);
        if (input.ChangesTimes)
        {
            CheckTimes(input.StartsAt.Or(default), networkEvent, nameof(input.StartsAt), nameof(input.EndsAt), mutation);
        }

        if (input.TimeZone.IsGiven)
        {
            CheckTimeZone(input.TimeZone.Value, nameof(input.TimeZone), mutation);
        }

        if (input.Capacity is { IsGiven: true, Value: { } capacity })
        {
            // The event's row is locked: no registration can slip in between this sum and the commit.
            var registered = await EventRowLock.RegisteredParticipantsAsync(mutation.Db, networkEvent.Id, null, mutation.CancellationToken);
            if (NetworkEvent.CheckCapacity(capacity, registered) is { } tooSmall)
            {
                mutation.Reject(tooSmall, nameof(input.Capacity));
            }
        }

        if (input.SectorIds is { IsGiven: true, Value: var sectorIds } && await mutation.SectorsAsync(sectorIds, nameof(input.SectorIds)) is { } sectors)
        {
            await mutation.Db.Entry(networkEvent).Collection(e => e.Sectors).LoadAsync(mutation.CancellationToken);
            networkEvent.Sectors.ReplaceWith(sectors);
            mutation.CountLinksAsChange(networkEvent);
        }

        return await mutation.SaveAsync(networkEvent);
    }

    private static async Task<Payload> CancelAsync(CancelEventInput input, MutationContext mutation)
    {
        var (networkEvent, refusal) = await LoadForChangeAsync(input.Id, input.Version, mutation);
        if (networkEvent is null)
        {
            return refusal!;
        }

        return networkEvent.Cancel(mutation.Now) is { } refused
            ? mutation.Refused(refused, nameof(input.Id))
            : await mutation.SaveAsync(networkEvent);
    }

    /// <summary>The event <paramref name="id"/>, locked for this transaction and checked for visibility, ownership and version.</summary>
    private static async Task<(NetworkEvent? Event, Payload? Refusal)> LoadForChangeAsync(Guid id, int version, MutationContext mutation)
    {
        var idPath = mutation.PathOf(nameof(UpdateEventInput.Id));
        var networkEvent = await EventRowLock.LockAsync(mutation.Db, id, mutation.CancellationToken);
        if (networkEvent is null || !await mutation.Db.Events.VisibleTo(mutation.Viewer).AnyAsync(e => e.Id == id, mutation.CancellationToken))
        {
            return (null, Payload.Failed(new NotFoundUserError("No event you can see has this id.", idPath)));
        }

        var refusal = mutation.RequireActingFor(networkEvent.HostId, idPath, "events")
            ?? mutation.RequireVersion(networkEvent, version);
        return refusal is null ? (networkEvent, null) : (null, Payload.Failed(refusal));
    }

    /// <summary>Board meetings are the Secretariat's: an editor may neither create one nor turn an event into one.</summary>
    private static ForbiddenUserError? BoardMeetingRefusal(MutationContext mutation, EventKind kind, string property) =>
        kind == EventKind.BoardMeeting && !mutation.Viewer.ActsForEveryCluster
            ? new ForbiddenUserError("Only the Secretariat and admins hold Board meetings.", mutation.PathOf(property))
            : null;

    /// <summary>A start that was sent must not have passed, and the event (as it would be) must end after it starts.</summary>
    private static void CheckTimes(DateTime sentStart, NetworkEvent networkEvent, string startProperty, string endProperty, MutationContext mutation)
    {
        if (NetworkEvent.CheckStart(sentStart, mutation.Now) is { } passed)
        {
            mutation.Reject(passed, startProperty);
        }

        if (networkEvent.CheckTimes() is { } reversed)
        {
            mutation.Reject(reversed, endProperty);
        }
    }

    /// <summary>A time zone that passed its length rule must be one the server knows by its IANA name.</summary>
    private static void CheckTimeZone(string? name, string property, MutationContext mutation)
    {
        if (name is not null && NetworkEvent.CheckTimeZone(name) is { } unknown)
        {
            mutation.Reject(unknown, property);
        }
    }
}
