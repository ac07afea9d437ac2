using GraphQL.Types;
using Icn.Domain.Events;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Content;
using Icn.Graph.Mutations;
using Icn.Graph.Scalars;
using Icn.GraphQL.Scalars;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Events;

/// <summary>
/// Writing events: an editor announces, changes and cancels the events their own cluster hosts;
/// the Secretariat and admins do so for any cluster, and alone hold Board meetings.
/// </summary>
internal sealed class EventMutations : IMutationFields
{
    private const int TitleLength = 200;
    private const int DescriptionLength = 50_000;
    private const int LocationLength = 300;
    private const int OnlineUrlLength = 500;
    private const int TimeZoneLength = 64;
    private const int MaxCapacity = 100_000;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation("createEvent", "Announces an event hosted by a cluster. Only the Secretariat and admins create Board meetings.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("hostClusterId").Description("The cluster hosting the event (an editor's own).");
                input.Field<NonNullGraphType<EventKindGraphType>>("kind").Description("What kind of event it is; BOARD_MEETING needs the SECRETARIAT or ADMIN role.");
                input.Field<NonNullGraphType<StringGraphType>>("title").Description($"The title, at most {TitleLength} characters.");
                input.Field<NonNullGraphType<MarkdownGraphType>>("description").Description("What the event is about, in Markdown.");
                input.Field<NonNullGraphType<InstantGraphType>>("startsAt").Description("When the event starts; not in the past.");
                input.Field<NonNullGraphType<InstantGraphType>>("endsAt").Description("When the event ends; after it starts.");
                input.Field<NonNullGraphType<StringGraphType>>("timeZone").Description("The IANA time zone the event is held in, e.g. \"Europe/Copenhagen\".");
                input.Field<StringGraphType>("location").Description($"Where the event takes place, at most {LocationLength} characters; none for an online-only event.");
                input.Field<UrlGraphType>("onlineUrl").Description($"The link to join online, at most {OnlineUrlLength} characters.");
                input.Field<IntGraphType>("capacity").Description("How many participants the event takes in all (positive); null for no limit.");
                input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sectorIds").Description($"Its sectors, at most {ReferenceInputs.MaxSectors}.");
            })
            .Returns<EventType>("event", "The new event.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(CreateAsync);

        mutation.Mutation("updateEvent", "Changes an event; fields left out keep their value. The capacity may not drop below the participants already registered.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("id").Description("The event.");
                input.Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale one gets a ConflictError.");
                input.Field<EventKindGraphType>("kind").Description("What kind of event it is; BOARD_MEETING needs the SECRETARIAT or ADMIN role.");
                input.Field<StringGraphType>("title").Description($"The title, at most {TitleLength} characters.");
                input.Field<MarkdownGraphType>("description").Description("What the event is about, in Markdown.");
                input.Field<InstantGraphType>("startsAt").Description("When the event starts; not in the past.");
                input.Field<InstantGraphType>("endsAt").Description("When the event ends; after it starts.");
                input.Field<StringGraphType>("timeZone").Description("The IANA time zone the event is held in.");
                input.Field<StringGraphType>("location").Description("Where the event takes place; null removes it.");
                input.Field<UrlGraphType>("onlineUrl").Description("The link to join online; null removes it.");
                input.Field<IntGraphType>("capacity").Description("How many participants the event takes in all; null removes the limit.");
                input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sectorIds").Description("Its sectors (replacing the current ones).");
            })
            .Returns<EventType>("event", "The event as changed.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve((input, mutation) => mutation.InTransactionAsync(() => UpdateAsync(input, mutation)));

        mutation.Mutation("cancelEvent", "Cancels an event that has not started: it stays readable, but takes no more registrations.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("id").Description("The event.");
                input.Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale one gets a ConflictError.");
            })
            .Returns<EventType>("event", "The cancelled event.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve((input, mutation) => mutation.InTransactionAsync(() => CancelAsync(input, mutation)));
    }

    private static async Task<Payload> CreateAsync(MutationInput input, MutationContext mutation)
    {
        var hostId = input.Id("hostClusterId", "Cluster");
        var networkEvent = new NetworkEvent
        {
            Kind = input.Required<EventKind>("kind"),
            Title = input.Text("title", TitleLength) ?? "",
            Description = input.Markdown("description", DescriptionLength, mutation) ?? "",
            StartsAt = input.Instant("startsAt") ?? default,
            EndsAt = input.Instant("endsAt") ?? default,
            TimeZone = IanaTimeZone(input) ?? "",
            Location = input.Text("location", LocationLength, required: false),
            OnlineUrl = OnlineUrl(input),
            Capacity = Capacity(input),
        };
        CheckStartNotPast(input, mutation, networkEvent.StartsAt);
        CheckEndsAfterStart(input, networkEvent);
        var sectors = await input.SectorsAsync("sectorIds", mutation);
        if (hostId is not { } host)
        {
            return Payload.Failed(input.Errors);
        }

        if ((mutation.RequireActingFor(host, input.PathOf("hostClusterId"), "events") ?? BoardMeetingRefusal(input, mutation, networkEvent.Kind)) is { } forbidden)
        {
            return Payload.Failed(forbidden);
        }

        if (await mutation.RequireClusterAsync(host, input.PathOf("hostClusterId")) is { } missing)
        {
            return Payload.Failed(missing);
        }

        networkEvent.HostId = host;
        networkEvent.Sectors.AddRange(sectors ?? []);
        mutation.Db.Events.Add(networkEvent);
        return await mutation.SaveAsync(networkEvent);
    }

    private static async Task<Payload> UpdateAsync(MutationInput input, MutationContext mutation)
    {
        var (networkEvent, refusal) = await LoadForChangeAsync(input, mutation);
        if (networkEvent is null)
        {
            return refusal!;
        }

        if (networkEvent.CancelledAt is not null)
        {
            return Payload.Failed(new ConflictUserError("A cancelled event cannot be changed.", input.PathOf("id")));
        }

        // Its registrations and attendance are the network's record of it (obligations read them).
        if (networkEvent.StartsAt <= mutation.Now)
        {
            return Payload.Failed(new ConflictUserError("An event that has started cannot be changed.", input.PathOf("id")));
        }

        if (input.NonNull<EventKind>("kind") is { } kind)
        {
            if (BoardMeetingRefusal(input, mutation, kind) is { } forbidden)
            {
                return Payload.Failed(forbidden);
            }

            networkEvent.Kind = kind;
        }

        if (input.Has("title") && input.Text("title", TitleLength) is { } title)
        {
            networkEvent.Title = title;
        }

        if (input.Has("description") && input.Markdown("description", DescriptionLength, mutation) is { } description)
        {
            networkEvent.Description = description;
        }

        foreach (var required in new[] { "startsAt", "endsAt" }.Where(field => input.Has(field) && input.Value<DateTime>(field) is null))
        {
            input.Invalid(required, $"'{required}' cannot be cleared; leave it out to keep its value.");
        }

        if (input.Has("startsAt") && input.Instant("startsAt") is { } startsAt)
        {
            networkEvent.StartsAt = startsAt;
            CheckStartNotPast(input, mutation, startsAt);
        }

        if (input.Has("endsAt") && input.Instant("endsAt") is { } endsAt)
        {
            networkEvent.EndsAt = endsAt;
        }

        if (input.Has("startsAt") || input.Has("endsAt"))
        {
            CheckEndsAfterStart(input, networkEvent);
        }

        if (input.Has("timeZone") && IanaTimeZone(input) is { } timeZone)
        {
            networkEvent.TimeZone = timeZone;
        }

        if (input.Has("location"))
        {
            networkEvent.Location = input.Text("location", LocationLength, required: false);
        }

        if (input.Has("onlineUrl"))
        {
            networkEvent.OnlineUrl = OnlineUrl(input);
        }

        if (input.Has("capacity"))
        {
            networkEvent.Capacity = Capacity(input);
            if (networkEvent.Capacity is { } capacity)
            {
                // The event's row is locked: no registration can slip in between this sum and the commit.
                var registered = await EventRowLock.RegisteredParticipantsAsync(mutation.Db, networkEvent.Id, null, mutation.CancellationToken);
                if (registered > capacity)
                {
                    input.Add(new ConflictUserError($"{registered} participants are already registered; the capacity cannot drop below that.", input.PathOf("capacity")));
                }
            }
        }

        if (input.Has("sectorIds") && await input.SectorsAsync("sectorIds", mutation) is { } sectors)
        {
            await mutation.Db.Entry(networkEvent).Collection(e => e.Sectors).LoadAsync(mutation.CancellationToken);
            networkEvent.Sectors.ReplaceWith(sectors);
            mutation.CountLinksAsChange(networkEvent);
        }

        return await mutation.SaveAsync(networkEvent);
    }

    private static async Task<Payload> CancelAsync(MutationInput input, MutationContext mutation)
    {
        var (networkEvent, refusal) = await LoadForChangeAsync(input, mutation);
        if (networkEvent is null)
        {
            return refusal!;
        }

        if (networkEvent.CancelledAt is not null)
        {
            return Payload.Failed(new ConflictUserError("The event is already cancelled.", input.PathOf("id")));
        }

        if (networkEvent.StartsAt <= mutation.Now)
        {
            return Payload.Failed(new ConflictUserError("The event has already started; it can no longer be cancelled.", input.PathOf("id")));
        }

        networkEvent.CancelledAt = mutation.Now;
        return await mutation.SaveAsync(networkEvent);
    }

    /// <summary>The event of <c>input.id</c>, locked for this transaction and checked for visibility, ownership and version.</summary>
    private static async Task<(NetworkEvent? Event, Payload? Refusal)> LoadForChangeAsync(MutationInput input, MutationContext mutation)
    {
        if (input.Id("id", "Event") is not { } id)
        {
            return (null, Payload.Failed(input.Errors));
        }

        var networkEvent = await EventRowLock.LockAsync(mutation.Db, id, mutation.CancellationToken);
        if (networkEvent is null || !await mutation.Db.Events.VisibleTo(mutation.Viewer).AnyAsync(e => e.Id == id, mutation.CancellationToken))
        {
            return (null, Payload.Failed(new NotFoundUserError("No event you can see has this id.", input.PathOf("id"))));
        }

        var refusal = mutation.RequireActingFor(networkEvent.HostId, input.PathOf("id"), "events")
            ?? mutation.RequireVersion(networkEvent, input.Required<int>("version"));
        return refusal is null ? (networkEvent, null) : (null, Payload.Failed(refusal));
    }

    /// <summary>Board meetings are the Secretariat's: an editor may neither create one nor turn an event into one.</summary>
    private static ForbiddenUserError? BoardMeetingRefusal(MutationInput input, MutationContext mutation, EventKind kind) =>
        kind == EventKind.BoardMeeting && !mutation.Viewer.ActsForEveryCluster
            ? new ForbiddenUserError("Only the Secretariat and admins hold Board meetings.", input.PathOf("kind"))
            : null;

    /// <summary>The time zone of <c>input.timeZone</c>, which must be an IANA name the server knows (Windows names are refused).</summary>
    private static string? IanaTimeZone(MutationInput input)
    {
        if (input.Text("timeZone", TimeZoneLength) is not { } name)
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) && zone.HasIanaId)
        {
            return name;
        }

        input.Invalid("timeZone", $"'{name}' is not an IANA time zone, such as \"Europe/Copenhagen\".");
        return null;
    }

    /// <summary>The URL scalar has checked the form; the column holds at most <see cref="OnlineUrlLength"/> characters.</summary>
    private static string? OnlineUrl(MutationInput input) => input.Text("onlineUrl", OnlineUrlLength, required: false);

    private static int? Capacity(MutationInput input) =>
        input.Value<int>("capacity") is null ? null : input.Number("capacity", 1, MaxCapacity);

    private static void CheckStartNotPast(MutationInput input, MutationContext mutation, DateTime startsAt)
    {
        if (startsAt != default && startsAt < mutation.Now)
        {
            input.Invalid("startsAt", $"The start {startsAt:yyyy-MM-dd HH:mm}Z has passed.");
        }
    }

    private static void CheckEndsAfterStart(MutationInput input, NetworkEvent networkEvent)
    {
        if (networkEvent.EndsAt <= networkEvent.StartsAt)
        {
            input.Invalid("endsAt", "'endsAt' must be after 'startsAt'.");
        }
    }
}
