using Icn.Domain.Clusters;
using Icn.Domain.Common;

namespace Icn.Domain.Events;

/// <summary>A cluster's registration for an event with its participants, and the attendance recorded afterwards.</summary>
public sealed class EventRegistration : Entity
{
    public Guid EventId { get; set; }

    public NetworkEvent? Event { get; set; }

    public Guid ClusterId { get; set; }

    public Cluster? Cluster { get; set; }

    /// <summary>The names of the people the cluster sends.</summary>
    public List<string> Participants { get; set; } = [];

    /// <summary>How many of them came; null until attendance is recorded.</summary>
    public int? AttendedCount { get; set; }

    public DateTime? AttendanceRecordedAt { get; set; }
}
