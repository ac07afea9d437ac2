using System.Globalization;
using Icn.Domain.Knowledge;
using static Icn.Domain.Obligations.ObligationRecords;

namespace Icn.Domain.Obligations;

/// <summary>
/// Reads, from one year's records, whether each obligation is met, when it is due and whether it
/// is late. Pure: the records and "today" come in, so the rules are the same for every caller.
/// Late always means the same thing: the due day has passed (today is after it) and it is not met;
/// something met after its due day (a fee paid late) is met, not late.
/// </summary>
public sealed class ObligationRules(ObligationOptions options, DateOnly today)
{
    private const string Day = "yyyy-MM-dd";

    public IEnumerable<ObligationStatus> Evaluate(ObligationRecords records, int year) =>
        records.Clusters.SelectMany(cluster => Of(cluster, records, year));

    private IEnumerable<ObligationStatus> Of(ClusterRow cluster, ObligationRecords records, int year)
    {
        var yearlyDue = ObligationOptions.DayIn(options.YearlyDue, year);
        yield return AnnualFee(cluster, year, records.Invoices[cluster.Id].FirstOrDefault());
        yield return NewsUpdates(cluster, year, [.. records.Articles[cluster.Id].Where(a => a.Kind == ArticleKind.News)]);
        yield return Yearly(cluster, year, ObligationKind.EventParticipation, yearlyDue, "event attended",
            records.Attendance[cluster.Id].Select(a => new ObligationEvidence(
                $"Attended \"{a.Title}\" ({a.Attended} {(a.Attended == 1 ? "person" : "people")}).", DayOf(a.StartsAt), new EvidenceRecord(EvidenceRecordKind.Event, a.EventId))));
        yield return Yearly(cluster, year, ObligationKind.Networking, yearlyDue, "opportunity posted or interest expressed",
            records.Opportunities[cluster.Id].Select(o => new ObligationEvidence($"Published the opportunity \"{o.Title}\".", DayOf(o.PublishedAt), new EvidenceRecord(EvidenceRecordKind.Opportunity, o.Id)))
                .Concat(records.Interests[cluster.Id].Select(i => new ObligationEvidence($"Expressed interest in the opportunity \"{i.OpportunityTitle}\".", DayOf(i.ExpressedAt), new EvidenceRecord(EvidenceRecordKind.Opportunity, i.OpportunityId))))
                .OrderBy(e => e.Date));
        yield return Yearly(cluster, year, ObligationKind.Knowledge, yearlyDue, "knowledge article published",
            records.Articles[cluster.Id].Where(a => a.Kind != ArticleKind.News).Select(a => new ObligationEvidence(
                $"Published the {KindName(a.Kind)} \"{a.Title}\".", DayOf(a.PublishedAt), new EvidenceRecord(EvidenceRecordKind.Article, a.Id))));
        yield return Yearly(cluster, year, ObligationKind.Benchmark, ObligationOptions.DayIn(options.BenchmarkDue, year), "benchmark submitted",
            records.Benchmarks[cluster.Id].Select(b => new ObligationEvidence($"Submitted the benchmark of {year}.", DayOf(b.SubmittedAt), new EvidenceRecord(EvidenceRecordKind.Benchmark, b.Id))));
    }

    /// <summary>The year's invoice, due on its own due day; without an invoice nothing is owed yet.</summary>
    private ObligationStatus AnnualFee(ClusterRow cluster, int year, InvoiceRow? invoice)
    {
        if (invoice is null)
        {
            return new(cluster.Id, year, ObligationKind.AnnualFee, false, null, false, $"No fee invoice has been issued for {year}.", []);
        }

        var record = new EvidenceRecord(EvidenceRecordKind.FeeInvoice, invoice.Id);
        if (invoice.PaidAt is { } paidAt)
        {
            var paidOn = DayOf(paidAt);
            var lateBy = paidOn.DayNumber - invoice.DueOn.DayNumber;
            var summary = lateBy > 0 ? $"Paid on {Text(paidOn)}, {lateBy} days after its due day {Text(invoice.DueOn)}." : $"Paid on {Text(paidOn)}.";
            return new(cluster.Id, year, ObligationKind.AnnualFee, true, invoice.DueOn, false, summary,
                [new($"Fee paid (reference {invoice.PaymentReference ?? "none"}).", paidOn, record)]);
        }

        var late = today > invoice.DueOn;
        return new(cluster.Id, year, ObligationKind.AnnualFee, false, invoice.DueOn, late,
            late ? $"Unpaid: overdue since {Text(invoice.DueOn.AddDays(1))}." : $"Unpaid: due on {Text(invoice.DueOn)}.",
            [new($"Fee invoiced, due on {Text(invoice.DueOn)}; unpaid.", invoice.IssuedOn, record)]);
    }

    /// <summary>
    /// One NEWS article in each quarter the cluster was a member (a quarter that ended before it
    /// joined is not owed). Due at the end of the first owed quarter without one: once that quarter
    /// has passed it stays missed, so the obligation stays late for the rest of the year.
    /// </summary>
    private ObligationStatus NewsUpdates(ClusterRow cluster, int year, IReadOnlyList<ArticleRow> news)
    {
        var owed = Enumerable.Range(1, 4)
            .Select(q => (Quarter: q, End: new DateOnly(year, q * 3, 1).AddMonths(1).AddDays(-1)))
            .Where(q => cluster.MemberSince is not { } since || q.End >= since)
            .ToList();
        var covered = news.Select(a => QuarterOf(a.PublishedAt)).ToHashSet();
        var missing = owed.Where(q => !covered.Contains(q.Quarter)).ToList();
        var met = missing.Count == 0;
        var due = met ? owed[^1].End : missing[0].End;
        var late = !met && today > due;
        var withNews = owed.Where(q => covered.Contains(q.Quarter)).Select(q => $"Q{q.Quarter}").ToList();
        var summary = (withNews.Count == 0 ? "No quarter with news yet" : $"News in {string.Join(", ", withNews)}")
            + $" ({withNews.Count} of {owed.Count} quarters owed)"
            + (met ? "." : late ? $"; Q{missing[0].Quarter} ended on {Text(due)} without any." : $"; next due by {Text(due)}.");
        return new(cluster.Id, year, ObligationKind.NewsUpdates, met, due, late, summary,
            [.. news.Select(a => new ObligationEvidence($"Published the news \"{a.Title}\".", DayOf(a.PublishedAt), new EvidenceRecord(EvidenceRecordKind.Article, a.Id)))]);
    }

    /// <summary>Met by at least one record in the year, due on a configured day of the year.</summary>
    private ObligationStatus Yearly(ClusterRow cluster, int year, ObligationKind kind, DateOnly due, string what, IEnumerable<ObligationEvidence> evidence)
    {
        var items = evidence.ToList();
        var met = items.Count > 0;
        var late = !met && today > due;
        var summary = met ? $"Met on {Text(items.Min(e => e.Date))} ({items.Count} in the year)."
            : late ? $"No {what} by {Text(due)}." : $"No {what} yet; due by {Text(due)}.";
        return new(cluster.Id, year, kind, met, due, late, summary, items);
    }

    private static int QuarterOf(DateTime instant) => ((instant.Month - 1) / 3) + 1;

    private static DateOnly DayOf(DateTime instant) => DateOnly.FromDateTime(instant);

    private static string Text(DateOnly day) => day.ToString(Day, CultureInfo.InvariantCulture);

    private static string KindName(ArticleKind kind) => kind switch
    {
        ArticleKind.BestPractice => "best practice",
        ArticleKind.Guide => "guide",
        ArticleKind.BenchmarkReport => "benchmark report",
        _ => "article",
    };
}
