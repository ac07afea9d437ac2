using Icn.Domain.Clusters;
using Icn.Domain.Common;

namespace Icn.Domain.Events;

/// <summary>
/// A cluster's registration for an event with its participants, and the attendance recorded
/// afterwards. The participants change only through <see cref="Register"/>, the attendance only
/// through <see cref="RecordAttendance"/>, each with its rule.
/// </summary>
public sealed class EventRegistration : Entity
{
    public const int MaxParticipants = 50;
    public const int NameLength = 200;

    // Created in any state (history, tests); changed only by Register and RecordAttendance, through the fields.
    private List<string> participants = [];
    private int? attendedCount;
    private DateTime? attendanceRecordedAt;

    public Guid EventId { get; set; }

    public NetworkEvent? Event { get; set; }

    public Guid ClusterId { get; set; }

    public Cluster? Cluster { get; set; }

    /// <summary>The names of the people the cluster sends.</summary>
    public List<string> Participants { get => participants; init => participants = value; }

    /// <summary>How many of them came; null until attendance is recorded.</summary>
    public int? AttendedCount { get => attendedCount; init => attendedCount = value; }

    public DateTime? AttendanceRecordedAt { get => attendanceRecordedAt; init => attendanceRecordedAt = value; }

    /// <summary>A registration names someone; an empty list is no registration.</summary>
    public static RuleBreak? CheckParticipants(IReadOnlyCollection<string> names) =>
        names.Count == 0 ? RuleBreak.Invalid("Name at least one participant.") : null;

    /// <summary>Names the people the cluster sends, replacing any earlier list (registering again).</summary>
    public RuleBreak? Register(IReadOnlyCollection<string> names)
    {
        if (CheckParticipants(names) is { } empty)
        {
            return empty;
        }

        // A new list, not the same one changed in place: EF Core compares lists by value to see the change.
        participants = [.. names];
        return null;
    }

    /// <summary>Records how many of the registered participants came; at most all of them.</summary>
    public RuleBreak? RecordAttendance(int attended, DateTime now)
    {
        if (attended > Participants.Count)
        {
            return RuleBreak.Invalid($"The cluster registered {Participants.Count} participants; at most that many can have attended.");
        }

        attendedCount = attended;
        attendanceRecordedAt = now;
        return null;
    }
}
