using System.ComponentModel;
using Icn.Domain.Events;
using Icn.Graph.Engine.Mutations;
using Icn.GraphQL.Scalars;

namespace Icn.Graph.Events;

// The inputs of the event mutations. A field of NetworkEvent that editors write is declared here
// once: its GraphQL field, its rule (the limit is the entity's, as in its EF configuration) and
// how it reaches the entity.

/// <summary>The input of createEvent.</summary>
internal sealed record CreateEventInput
{
    [Id("Cluster"), Description("The cluster hosting the event (an editor's own).")]
    public Guid HostClusterId { get; init; }

    [Description("What kind of event it is; BOARD_MEETING needs the SECRETARIAT or ADMIN role.")]
    public EventKind Kind { get; init; }

    [Text(NetworkEvent.TitleLength), Description("The title, at most {max} characters.")]
    public string Title { get; init; } = "";

    [Markdown(NetworkEvent.DescriptionLength), Description("What the event is about, in Markdown.")]
    public string Description { get; init; } = "";

    [Description("When the event starts; not in the past.")]
    public DateTime StartsAt { get; init; }

    [Description("When the event ends; after it starts.")]
    public DateTime EndsAt { get; init; }

    [Text(NetworkEvent.TimeZoneLength), Description("The IANA time zone the event is held in, e.g. \"Europe/Copenhagen\".")]
    public string TimeZone { get; init; } = "";

    [Text(NetworkEvent.LocationLength), Description("Where the event takes place, at most {max} characters; none for an online-only event.")]
    public string? Location { get; init; }

    // The URL scalar checks the form, the rule the length the column holds.
    [Text(NetworkEvent.OnlineUrlLength), GraphType(typeof(UrlGraphType)), Description("The link to join online, at most {max} characters.")]
    public string? OnlineUrl { get; init; }

    [Range(1, NetworkEvent.MaxCapacity), Description("How many participants the event takes in all (positive); null for no limit.")]
    public int? Capacity { get; init; }

    [Id("Sector", MaxItems = ReferenceInputs.MaxSectors), Description("Its sectors, at most {max}.")]
    public IReadOnlyList<Guid>? SectorIds { get; init; }

    /// <summary>The event these fields describe, hosted by <see cref="HostClusterId"/>.</summary>
    public NetworkEvent ToEvent() => new()
    {
        HostId = HostClusterId,
        Kind = Kind,
        Title = Title,
        Description = Description,
        StartsAt = StartsAt,
        EndsAt = EndsAt,
        TimeZone = TimeZone,
        Location = Location,
        OnlineUrl = OnlineUrl,
        Capacity = Capacity,
    };
}

/// <summary>The input of updateEvent: each field left out keeps its value.</summary>
internal sealed record UpdateEventInput
{
    [Id("Event"), Description("The event.")]
    public Guid Id { get; init; }

    [Description("The version you last read; a stale one gets a ConflictError.")]
    public int Version { get; init; }

    [Description("What kind of event it is; BOARD_MEETING needs the SECRETARIAT or ADMIN role.")]
    public Optional<EventKind> Kind { get; init; }

    [Text(NetworkEvent.TitleLength), Description("The title, at most {max} characters.")]
    public Optional<string> Title { get; init; }

    [Markdown(NetworkEvent.DescriptionLength), Description("What the event is about, in Markdown.")]
    public Optional<string> Description { get; init; }

    [Description("When the event starts; not in the past.")]
    public Optional<DateTime> StartsAt { get; init; }

    [Description("When the event ends; after it starts.")]
    public Optional<DateTime> EndsAt { get; init; }

    [Text(NetworkEvent.TimeZoneLength), Description("The IANA time zone the event is held in.")]
    public Optional<string> TimeZone { get; init; }

    [Text(NetworkEvent.LocationLength), Description("Where the event takes place; null removes it.")]
    public Optional<string?> Location { get; init; }

    [Text(NetworkEvent.OnlineUrlLength), GraphType(typeof(UrlGraphType)), Description("The link to join online; null removes it.")]
    public Optional<string?> OnlineUrl { get; init; }

    [Range(1, NetworkEvent.MaxCapacity), Description("How many participants the event takes in all; null removes the limit.")]
    public Optional<int?> Capacity { get; init; }

    // An explicit null keeps the sectors, as leaving the field out does.
    [Id("Sector", MaxItems = ReferenceInputs.MaxSectors), Description("Its sectors (replacing the current ones).")]
    public Optional<IReadOnlyList<Guid>?> SectorIds { get; init; }

    /// <summary>Whether the start or the end moves, so the two are checked together again.</summary>
    public bool ChangesTimes => StartsAt.IsGiven || EndsAt.IsGiven;

    /// <summary>Writes the fields that were sent onto <paramref name="networkEvent"/>.</summary>
    public void ApplyTo(NetworkEvent networkEvent)
    {
        networkEvent.Kind = Kind.Or(networkEvent.Kind);
        networkEvent.Title = Title.Or(networkEvent.Title);
        networkEvent.Description = Description.Or(networkEvent.Description);
        networkEvent.StartsAt = StartsAt.Or(networkEvent.StartsAt);
        networkEvent.EndsAt = EndsAt.Or(networkEvent.EndsAt);
        networkEvent.TimeZone = TimeZone.Or(networkEvent.TimeZone);
        networkEvent.Location = Location.Or(networkEvent.Location);
        networkEvent.OnlineUrl = OnlineUrl.Or(networkEvent.OnlineUrl);
        networkEvent.Capacity = Capacity.Or(networkEvent.Capacity);
    }
}

/// <summary>The input of cancelEvent.</summary>
internal sealed record CancelEventInput
{
    [Id("Event"), Description("The event.")]
    public Guid Id { get; init; }

    [Description("The version you last read; a stale one gets a ConflictError.")]
    public int Version { get; init; }
}
