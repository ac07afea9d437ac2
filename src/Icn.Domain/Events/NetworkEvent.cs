using Icn.Domain.Clusters;
using Icn.Domain.Common;
using Icn.Domain.Sectors;

namespace Icn.Domain.Events;

/// <summary>
/// A matchmaking event, webinar, delegation visit, conference or Board meeting.
/// Named NetworkEvent so it never collides with C#'s <c>event</c> keyword or System types.
/// </summary>
public sealed class NetworkEvent : Entity
{
    public Guid HostId { get; set; }

    public Cluster? Host { get; set; }

    public EventKind Kind { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown.</summary>
    public required string Description { get; set; }

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    /// <summary>The IANA time zone the event is held in, e.g. Europe/Copenhagen.</summary>
    public required string TimeZone { get; set; }

    public string? Location { get; set; }

    public string? OnlineUrl { get; set; }

    /// <summary>Participants it can take in all; null for no limit.</summary>
    public int? Capacity { get; set; }

    public DateTime? CancelledAt { get; set; }

    public List<Sector> Sectors { get => field ??= []; }

    public List<EventRegistration> Registrations { get => field ??= []; }
}
