using Icn.Domain.Clusters;
using Icn.Domain.Common;
using Icn.Domain.Sectors;

namespace Icn.Domain.Events;

/// <summary>
/// A matchmaking event, webinar, delegation visit, conference or Board meeting: announced,
/// changed and cancelled until it starts, registered for until then, its attendance recorded
/// after. Its life's rules are its methods; nothing else cancels it.
/// Named NetworkEvent so it never collides with C#'s <c>event</c> keyword or System types.
/// </summary>
public sealed class NetworkEvent : Entity
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 50_000;
    public const int TimeZoneLength = 64;
    public const int LocationLength = 300;
    public const int OnlineUrlLength = 500;
    public const int MaxCapacity = 100_000;

    // Created in any state (history, tests); cancelled only by Cancel, through the field.
    private DateTime? cancelledAt;

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

    public DateTime? CancelledAt { get => cancelledAt; init => cancelledAt = value; }

    public List<Sector> Sectors { get => field ??= []; }

    public List<EventRegistration> Registrations { get => field ??= []; }

    /// <summary>A new or changed start must not have passed; a default one (not sent, or failed its own rule) is not checked.</summary>
    public static RuleBreak? CheckStart(DateTime startsAt, DateTime now) =>
        startsAt != default && startsAt < now ? RuleBreak.Invalid($"The start {startsAt:yyyy-MM-dd HH:mm}Z has passed.") : null;

    /// <summary>
    /// The time zone must be an IANA name the server knows: the websites show local times with it,
    /// and a Windows name, even one the server could translate, is not portable.
    /// </summary>
    public static RuleBreak? CheckTimeZone(string name) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) && zone.HasIanaId
            ? null
            : RuleBreak.Invalid($"'{name}' is not an IANA time zone, such as \"Europe/Copenhagen\".");

    /// <summary>The capacity may not drop below the participants already registered.</summary>
    public static RuleBreak? CheckCapacity(int capacity, int registered) =>
        registered > capacity
            ? RuleBreak.Conflict($"{registered} participants are already registered; the capacity cannot drop below that.")
            : null;

    /// <summary>An event ends after it starts.</summary>
    public RuleBreak? CheckTimes() =>
        EndsAt <= StartsAt ? RuleBreak.Invalid("'endsAt' must be after 'startsAt'.") : null;

    /// <summary>
    /// Whether the event may still be changed: not once cancelled, nor once started, since its
    /// registrations and attendance are then the network's record of it (obligations read them).
    /// </summary>
    public RuleBreak? CheckChangeable(DateTime now) => this switch
    {
        { CancelledAt: not null } => RuleBreak.Conflict("A cancelled event cannot be changed."),
        _ when StartsAt <= now => RuleBreak.Conflict("An event that has started cannot be changed."),
        _ => null,
    };

    /// <summary>Cancels an event that has not started: it stays readable, but takes no more registrations.</summary>
    public RuleBreak? Cancel(DateTime now)
    {
        if (CancelledAt is not null)
        {
            return RuleBreak.Conflict("The event is already cancelled.");
        }

        if (StartsAt <= now)
        {
            return RuleBreak.Conflict("The event has already started; it can no longer be cancelled.");
        }

        cancelledAt = now;
        return null;
    }

    /// <summary>Whether the event takes registrations: not once cancelled or started.</summary>
    public RuleBreak? CheckRegistrationOpen(DateTime now) => this switch
    {
        { CancelledAt: not null } => RuleBreak.Conflict("The event was cancelled; it takes no registrations."),
        _ when StartsAt <= now => RuleBreak.Conflict("The event has already started; registration is closed."),
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="wanted"/> more participants fit beside the <paramref name="taken"/>
    /// places other clusters hold.
    /// </summary>
    public RuleBreak? CheckRoomFor(int wanted, int taken)
    {
        if (Capacity is not { } capacity || taken + wanted <= capacity)
        {
            return null;
        }

        var left = Math.Max(0, capacity - taken);
        return RuleBreak.Conflict(left == 0
            ? $"The event is full: all {capacity} places are taken."
            : $"Only {left} of the event's {capacity} places are left; {wanted} participants do not fit.");
    }

    /// <summary>Whether attendance can be recorded: once the event has started, unless it was cancelled.</summary>
    public RuleBreak? CheckAttendanceRecordable(DateTime now) => this switch
    {
        { CancelledAt: not null } => RuleBreak.Conflict("The event was cancelled; there is no attendance to record."),
        _ when StartsAt > now => RuleBreak.Conflict("The event has not started yet; record attendance once it has."),
        _ => null,
    };
}
