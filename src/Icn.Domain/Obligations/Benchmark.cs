using Icn.Domain.Clusters;
using Icn.Domain.Common;

namespace Icn.Domain.Obligations;

/// <summary>A cluster's yearly self-assessment, comparable across the network. One per cluster and year.</summary>
public sealed class Benchmark : Entity
{
    public Guid ClusterId { get; set; }

    public Cluster? Cluster { get; set; }

    public int Year { get; set; }

    public int MemberCount { get; set; }

    public TurnoverBand TurnoverBand { get; set; }

    public int InternationalProjects { get; set; }

    public int EventsAttended { get; set; }

    public int StaffFullTimeEquivalents { get; set; }

    public DateTime SubmittedAt { get; set; }
}
