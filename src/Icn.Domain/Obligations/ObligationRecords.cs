using Icn.Domain.Clusters;
using Icn.Domain.Events;
using Icn.Domain.Knowledge;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Icn.Domain.Obligations;

/// <summary>
/// The network's records that show whether obligations are met, for a set of clusters in one
/// year: one SQL query per kind of record, whatever the number of clusters (each filters by the
/// clusters' subquery and the year, served by the (cluster, time) indexes these tables have).
/// Only the columns the rules and evidence need are read.
/// </summary>
public sealed record ObligationRecords(
    IReadOnlyList<ObligationRecords.ClusterRow> Clusters,
    ILookup<Guid, ObligationRecords.InvoiceRow> Invoices,
    ILookup<Guid, ObligationRecords.ArticleRow> Articles,
    ILookup<Guid, ObligationRecords.AttendanceRow> Attendance,
    ILookup<Guid, ObligationRecords.OpportunityRow> Opportunities,
    ILookup<Guid, ObligationRecords.InterestRow> Interests,
    ILookup<Guid, ObligationRecords.BenchmarkRow> Benchmarks)
{
    public sealed record ClusterRow(Guid Id, string Name, DateOnly? MemberSince);

    public sealed record InvoiceRow(Guid Id, Guid ClusterId, DateOnly IssuedOn, DateOnly DueOn, DateTime? PaidAt, string? PaymentReference);

    public sealed record ArticleRow(Guid Id, Guid ClusterId, ArticleKind Kind, string Title, DateTime PublishedAt);

    public sealed record AttendanceRow(Guid EventId, Guid ClusterId, string Title, DateTime StartsAt, int Attended);

    public sealed record OpportunityRow(Guid Id, Guid ClusterId, string Title, DateTime PublishedAt);

    public sealed record InterestRow(Guid OpportunityId, Guid ClusterId, string OpportunityTitle, DateTime ExpressedAt);

    public sealed record BenchmarkRow(Guid Id, Guid ClusterId, DateTime SubmittedAt);

    /// <summary>The records of <paramref name="year"/> (UTC calendar year) for the clusters of <paramref name="scope"/>.</summary>
    public static async Task<ObligationRecords> LoadAsync(IcnDbContext db, IQueryable<Cluster> scope, int year, CancellationToken cancellationToken)
    {
        var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var to = from.AddYears(1);
        var ids = scope.Select(c => c.Id);

        // One context runs one command at a time; these are small, so in sequence is fine.
        var clusters = await scope.AsNoTracking()
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new ClusterRow(c.Id, c.Name, c.Membership.Since))
            .ToListAsync(cancellationToken);
        if (clusters.Count == 0)
        {
            return Empty;
        }

        var invoices = await db.FeeInvoices.AsNoTracking()
            .Where(i => i.Year == year && ids.Contains(i.ClusterId))
            .Select(i => new InvoiceRow(i.Id, i.ClusterId, i.IssuedOn, i.DueOn, i.PaidAt, i.PaymentReference))
            .ToListAsync(cancellationToken);
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt >= from && a.PublishedAt < to && ids.Contains(a.AuthorId))
            .OrderBy(a => a.PublishedAt)
            .Select(a => new ArticleRow(a.Id, a.AuthorId, a.Kind, a.Title, a.PublishedAt!.Value))
            .ToListAsync(cancellationToken);
        var attendance = await db.EventRegistrations.AsNoTracking()
            .Where(r => r.AttendedCount > 0
                && r.Event!.StartsAt >= from && r.Event.StartsAt < to
                && r.Event.CancelledAt == null && r.Event.Kind != EventKind.BoardMeeting
                && ids.Contains(r.ClusterId))
            .OrderBy(r => r.Event!.StartsAt)
            .Select(r => new AttendanceRow(r.EventId, r.ClusterId, r.Event!.Title, r.Event.StartsAt, r.AttendedCount!.Value))
            .ToListAsync(cancellationToken);
        var opportunities = await db.Opportunities.AsNoTracking()
            .Where(o => o.PublishedAt >= from && o.PublishedAt < to && ids.Contains(o.PostedById))
            .OrderBy(o => o.PublishedAt)
            .Select(o => new OpportunityRow(o.Id, o.PostedById, o.Title, o.PublishedAt!.Value))
            .ToListAsync(cancellationToken);
        var interests = await db.OpportunityInterests.AsNoTracking()
            .Where(i => i.WithdrawnAt == null && i.CreatedAt >= from && i.CreatedAt < to && ids.Contains(i.ClusterId))
            .OrderBy(i => i.CreatedAt)
            .Select(i => new InterestRow(i.OpportunityId, i.ClusterId, i.Opportunity!.Title, i.CreatedAt))
            .ToListAsync(cancellationToken);
        var benchmarks = await db.Benchmarks.AsNoTracking()
            .Where(b => b.Year == year && ids.Contains(b.ClusterId))
            .Select(b => new BenchmarkRow(b.Id, b.ClusterId, b.SubmittedAt))
            .ToListAsync(cancellationToken);

        return new ObligationRecords(
            clusters,
            invoices.ToLookup(i => i.ClusterId),
            articles.ToLookup(a => a.ClusterId),
            attendance.ToLookup(a => a.ClusterId),
            opportunities.ToLookup(o => o.ClusterId),
            interests.ToLookup(i => i.ClusterId),
            benchmarks.ToLookup(b => b.ClusterId));
    }

    private static ObligationRecords Empty { get; } = new(
        [],
        Array.Empty<InvoiceRow>().ToLookup(i => i.ClusterId),
        Array.Empty<ArticleRow>().ToLookup(a => a.ClusterId),
        Array.Empty<AttendanceRow>().ToLookup(a => a.ClusterId),
        Array.Empty<OpportunityRow>().ToLookup(o => o.ClusterId),
        Array.Empty<InterestRow>().ToLookup(i => i.ClusterId),
        Array.Empty<BenchmarkRow>().ToLookup(b => b.ClusterId));
}
