using Icn.Domain.Knowledge;
using Icn.Domain.Obligations;
using static Icn.Domain.Obligations.ObligationRecords;

namespace Icn.Domain.Tests.Obligations;

/// <summary>The rules on records given directly: configured due days, and a cluster that joined during the year.</summary>
public sealed class ObligationRulesTests
{
    private static readonly Guid Cluster = Guid.CreateVersion7();

    [Fact]
    public void Configured_due_days_replace_the_years_end()
    {
        var rules = new ObligationRules(new ObligationOptions { YearlyDue = "06-30", BenchmarkDue = "02-29" }, new DateOnly(2026, 7, 1));

        var rows = rules.Evaluate(Records(new DateOnly(2020, 1, 1)), 2026).ToDictionary(s => s.Kind);

        Assert.Equal((new DateOnly(2026, 6, 30), true), (rows[ObligationKind.Knowledge].Due, rows[ObligationKind.Knowledge].Late));
        // 29 February in a year without one is the 28th.
        Assert.Equal(new DateOnly(2026, 2, 28), rows[ObligationKind.Benchmark].Due);
    }

    [Fact]
    public void News_is_owed_only_for_the_quarters_since_the_cluster_joined()
    {
        var rules = new ObligationRules(new ObligationOptions(), new DateOnly(2026, 11, 1));
        var news = new ArticleRow(Guid.CreateVersion7(), Cluster, ArticleKind.News, "Joined ICN", new DateTime(2026, 8, 20, 9, 0, 0, DateTimeKind.Utc));

        var row = rules.Evaluate(Records(new DateOnly(2026, 8, 1), news), 2026).Single(s => s.Kind == ObligationKind.NewsUpdates);

        // Q1 and Q2 ended before it joined; Q3 has its article; Q4 is next, and not over.
        Assert.Equal((false, new DateOnly(2026, 12, 31), false), (row.Met, row.Due, row.Late));
        Assert.Contains("1 of 2 quarters owed", row.Summary, StringComparison.Ordinal);
    }

    private static ObligationRecords Records(DateOnly since, params ArticleRow[] articles) => new(
        [new ClusterRow(Cluster, "A cluster", since)],
        Array.Empty<InvoiceRow>().ToLookup(i => i.ClusterId),
        articles.ToLookup(a => a.ClusterId),
        Array.Empty<AttendanceRow>().ToLookup(a => a.ClusterId),
        Array.Empty<OpportunityRow>().ToLookup(o => o.ClusterId),
        Array.Empty<InterestRow>().ToLookup(i => i.ClusterId),
        Array.Empty<BenchmarkRow>().ToLookup(b => b.ClusterId));
}
