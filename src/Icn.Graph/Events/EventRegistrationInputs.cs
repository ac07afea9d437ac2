using System.ComponentModel;
using Icn.Domain.Events;
using Icn.Graph.Engine.Mutations;

namespace Icn.Graph.Events;

// The inputs of taking part in events; the limits are EventRegistration's.

/// <summary>The input of registerForEvent.</summary>
internal sealed record RegisterForEventInput
{
    [Id("Event"), Description("The event; not cancelled, not started, and not a Board meeting for an editor.")]
    public Guid EventId { get; init; }

    [Id("Cluster"), Description("The registering cluster; an editor's own by default.")]
    public Guid? ClusterId { get; init; }

    [Texts(EventRegistration.MaxParticipants, EventRegistration.NameLength)]
    [Description("The names of the people the cluster sends: 1 to {max}, each at most {maxLength} characters; repeats count once.")]
    public IReadOnlyList<string> Participants { get; init; } = [];
}

/// <summary>The input of recordAttendance.</summary>
internal sealed record RecordAttendanceInput
{
    [Id("Event"), Description("The event, started and not cancelled.")]
    public Guid EventId { get; init; }

    [Id("Cluster"), Description("The registered cluster.")]
    public Guid ClusterId { get; init; }

    // The upper bound is the registration's, checked by EventRegistration.RecordAttendance.
    [Range(0, int.MaxValue), Description("How many came: from 0 to the number of participants registered.")]
    public int AttendedCount { get; init; }
}
