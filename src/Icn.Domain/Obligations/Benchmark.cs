using Icn.Domain.Clusters;
using Icn.Domain.Common;

namespace Icn.Domain.Obligations;

/// <summary>A cluster's yearly self-assessment, comparable across the network. One per cluster and year.</summary>
public sealed class Benchmark : Entity
{
    /// <summary>The network's benchmarks start in 2000; no earlier year is comparable.</summary>
    public const int FirstYear = 2000;

    public const int MaxMemberCount = 1_000_000;

    /// <summary>The most projects, events or staff a year's figures may claim.</summary>
    public const int MaxFigure = 100_000;

    public Guid ClusterId { get; set; }

    public Cluster? Cluster { get; set; }

    public int Year { get; set; }

    public int MemberCount { get; set; }

    public TurnoverBand TurnoverBand { get; set; }

    public int InternationalProjects { get; set; }

    public int EventsAttended { get; set; }

    public int StaffFullTimeEquivalents { get; set; }

    public DateTime SubmittedAt { get; set; }

    /// <summary>A cluster is assessed only for years it existed in.</summary>
    public static RuleBreak? CheckYear(int year, int? foundedYear) =>
        year < foundedYear ? RuleBreak.Invalid($"'year' is {year}, before the cluster was founded ({foundedYear}).") : null;
}
