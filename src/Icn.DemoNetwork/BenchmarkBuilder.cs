using Icn.Domain.Membership;
using Icn.Domain.Obligations;

namespace Icn.DemoNetwork;

/// <summary>
/// Yearly self-assessments for the last three completed years, submitted in the first months
/// of the following year. Not every cluster submits every year: that is an obligation to follow up.
/// </summary>
internal static class BenchmarkBuilder
{
    private const int YearsBack = 3;

    public static List<Benchmark> Build(SeedRandom random, ReferenceClock clock, IReadOnlyList<ClusterProfile> clusters)
    {
        var benchmarks = new List<Benchmark>();
        foreach (var profile in clusters)
        {
            if (profile.Cluster.Membership.Since is not { } since)
            {
                continue;
            }

            var lastYear = profile.Status == MembershipStatus.Former ? clock.Today.Year - YearsBack : clock.Today.Year - 1;
            for (var year = Math.Max(since.Year, clock.Today.Year - YearsBack); year <= lastYear; year++)
            {
                var from = ReferenceClock.AtUtc(new DateOnly(year + 1, 1, 10), 9);
                var to = ReferenceClock.Min(ReferenceClock.AtUtc(new DateOnly(year + 1, 4, 30), 17), clock.Now.AddHours(-1));
                if (to <= from || !random.Chance(profile.Status == MembershipStatus.Suspended ? 0.5 : 0.8))
                {
                    continue;
                }

                benchmarks.Add(NewBenchmark(random, profile, year, ReferenceClock.Between(random, from, to), clock.Today.Year - year));
            }
        }

        return benchmarks;
    }

    private static Benchmark NewBenchmark(SeedRandom random, ClusterProfile profile, int year, DateTime submitted, int yearsAgo)
    {
        // Clusters grow: earlier years report a somewhat smaller member base.
        var members = profile.Cluster.MemberCount * (100 - (yearsAgo * random.Between(2, 6))) / 100;
        var band = members switch
        {
            < 150 => TurnoverBand.UnderOneMillion,
            < 350 => TurnoverBand.OneToFiveMillion,
            < 550 => TurnoverBand.FiveToTwentyMillion,
            _ => TurnoverBand.OverTwentyMillion,
        };
        return new Benchmark
        {
            ClusterId = profile.Cluster.Id,
            Year = year,
            MemberCount = members,
            TurnoverBand = band,
            InternationalProjects = random.Between(1, 18),
            EventsAttended = random.Between(0, 10),
            StaffFullTimeEquivalents = Math.Max(2, members / random.Between(25, 60)),
            SubmittedAt = submitted,
        }.Stamp(random, submitted, submitted);
    }
}
