using System.ComponentModel;
using Icn.Domain.Obligations;
using Icn.Graph.Engine.Mutations;

namespace Icn.Graph.Obligations;

/// <summary>The input of submitBenchmark: a cluster's figures of one year, with Benchmark's limits.</summary>
internal sealed record SubmitBenchmarkInput
{
    [Id("Cluster"), Description("The cluster assessed (an editor's own).")]
    public Guid ClusterId { get; init; }

    [Year(Benchmark.FirstYear), Description("The year the figures describe: not in the future, and not before {min} or the cluster's founding year.")]
    public int Year { get; init; }

    [Range(0, Benchmark.MaxMemberCount), Description("The size of the cluster's member base in that year (zero or more).")]
    public int MemberCount { get; init; }

    [Description("The cluster organisation's turnover in that year, as a band.")]
    public TurnoverBand TurnoverBand { get; init; }

    [Range(0, Benchmark.MaxFigure), Description("International projects the cluster took part in that year (zero or more).")]
    public int InternationalProjects { get; init; }

    [Range(0, Benchmark.MaxFigure), Description("ICN events the cluster attended that year (zero or more).")]
    public int EventsAttended { get; init; }

    [Range(0, Benchmark.MaxFigure), Description("The cluster organisation's staff, in full-time equivalents (zero or more).")]
    public int StaffFullTimeEquivalents { get; init; }

    /// <summary>Writes the figures onto the cluster's benchmark of the year, submitted <paramref name="now"/>.</summary>
    public void ApplyTo(Benchmark benchmark, DateTime now)
    {
        benchmark.MemberCount = MemberCount;
        benchmark.TurnoverBand = TurnoverBand;
        benchmark.InternationalProjects = InternationalProjects;
        benchmark.EventsAttended = EventsAttended;
        benchmark.StaffFullTimeEquivalents = StaffFullTimeEquivalents;
        benchmark.SubmittedAt = now;
    }
}
