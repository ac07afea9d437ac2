using Icn.Domain.Clusters;
using Icn.Domain.Common;
using Icn.Domain.Events;
using Icn.Domain.Knowledge;
using Icn.Domain.Membership;
using Icn.Domain.Obligations;
using Icn.Domain.Opportunities;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Obligations;

/// <summary>
/// Two member clusters (since March 2024) written for these tests, so each obligation's outcome is
/// known, whatever the demo network holds. In 2025 Diligent meets every obligation, its fee paid
/// six days after the due day; Idle meets none: its fee is unpaid, its only news is in Q1, and it
/// only attended a Board meeting (which is not participation). In 2026 (up to "today") Diligent
/// expressed interest in an opportunity; Idle has done nothing.
/// </summary>
public sealed record ObligationScenario(Guid Diligent, Guid Idle, Guid DiligentInvoice2025, Guid IdleInvoice2025, Guid OpportunityOfInterest)
{
    public static readonly DateOnly Since = new(2024, 3, 1);
    public static readonly DateOnly FeeDue2025 = new(2025, 2, 14);

    /// <summary>When Diligent expressed its interest of 2026: the morning of the tests' "today".</summary>
    public static readonly DateTime ExpressedAt = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);

    public static async Task<ObligationScenario> WriteAsync(IcnDbContext db)
    {
        var region = await db.Regions.Select(r => r.Id).FirstAsync();
        var host = await db.Clusters.Where(c => c.Membership.Status == MembershipStatus.Member).OrderBy(c => c.Slug).Select(c => c.Id).FirstAsync();
        var diligent = NewCluster("obligations-diligent-cluster", "AAA Obligations Diligent Cluster", region);
        var idle = NewCluster("obligations-idle-cluster", "AAA Obligations Idle Cluster", region);
        db.Clusters.AddRange(diligent, idle);
        await db.SaveChangesAsync();

        var diligentFee = Invoice(diligent.Id, paidAt: At(2025, 2, 20));
        var idleFee = Invoice(idle.Id, paidAt: null);
        db.FeeInvoices.AddRange(diligentFee, idleFee);

        foreach (var month in new[] { 2, 5, 8, 11 })
        {
            db.Articles.Add(NewArticle(diligent.Id, ArticleKind.News, $"diligent-news-2025-{month}", At(2025, month, 10)));
        }

        db.Articles.Add(NewArticle(diligent.Id, ArticleKind.Guide, "diligent-guide-2025", At(2025, 9, 1)));
        db.Articles.Add(NewArticle(idle.Id, ArticleKind.News, "idle-news-2025-q1", At(2025, 3, 3)));
        // A draft is not published: it counts for nothing.
        db.Articles.Add(NewArticle(idle.Id, ArticleKind.BestPractice, "idle-draft-2025", null));

        var matchmaking = NewEvent(host, EventKind.Matchmaking, "Obligations test matchmaking", At(2025, 10, 1));
        var boardMeeting = NewEvent(host, EventKind.BoardMeeting, "Obligations test Board meeting", At(2025, 11, 5));
        matchmaking.Registrations.Add(new EventRegistration { ClusterId = diligent.Id, Participants = ["Ana Diligent", "Ben Diligent"], AttendedCount = 2, AttendanceRecordedAt = At(2025, 10, 3) });
        boardMeeting.Registrations.Add(new EventRegistration { ClusterId = idle.Id, Participants = ["Ida Idle"], AttendedCount = 1, AttendanceRecordedAt = At(2025, 11, 6) });
        db.Events.AddRange(matchmaking, boardMeeting);

        db.Opportunities.Add(new Opportunity
        {
            PostedById = diligent.Id,
            Kind = OpportunityKind.ResearchPartnership,
            Status = OpportunityStatus.Published,
            Title = "Diligent seeks a research partner",
            Summary = "A partner for heat storage trials.",
            Body = "We look for a research partner.",
            PublishedAt = At(2025, 4, 1),
        });
        db.Benchmarks.Add(new Benchmark { ClusterId = diligent.Id, Year = 2025, MemberCount = 120, TurnoverBand = TurnoverBand.UnderOneMillion, InternationalProjects = 3, EventsAttended = 1, StaffFullTimeEquivalents = 4, SubmittedAt = At(2026, 2, 1) });

        // Expressed "today": Diligent's networking in 2026.
        var opportunity = await db.Opportunities.Where(o => o.Status == OpportunityStatus.Published && o.PostedById != diligent.Id).OrderBy(o => o.Id).FirstAsync();
        db.OpportunityInterests.Add(new OpportunityInterest { OpportunityId = opportunity.Id, ClusterId = diligent.Id, Message = "We are interested." });
        await db.SaveChangesAsync();
        // Written outside a request, the row is stamped with the real date, not the test clock's.
        await db.OpportunityInterests.Where(i => i.ClusterId == diligent.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.CreatedAt, ExpressedAt));
        return new ObligationScenario(diligent.Id, idle.Id, diligentFee.Id, idleFee.Id, opportunity.Id);
    }

    private static Cluster NewCluster(string slug, string name, Guid region) => new()
    {
        Slug = slug,
        Name = name,
        Description = "A cluster written by the obligation tests.",
        RegionId = region,
        CountryCode = "DK",
        Membership = new ClusterMembership { Status = MembershipStatus.Member, Since = Since },
    };

    private static FeeInvoice Invoice(Guid cluster, DateTime? paidAt) => new()
    {
        ClusterId = cluster,
        Year = 2025,
        Amount = new Money { AmountMinor = 1_000_000, Currency = "EUR" },
        IssuedOn = new DateOnly(2025, 1, 15),
        DueOn = FeeDue2025,
        PaidAt = paidAt,
        PaymentReference = paidAt is null ? null : "ICN-2025-TEST",
    };

    private static Article NewArticle(Guid author, ArticleKind kind, string slug, DateTime? publishedAt) => new()
    {
        Slug = slug,
        Title = $"Article {slug}",
        Summary = "Written by the obligation tests.",
        Body = "Text.",
        Kind = kind,
        Status = publishedAt is null ? ArticleStatus.Draft : ArticleStatus.Published,
        AuthorId = author,
        PublishedAt = publishedAt,
    };

    private static NetworkEvent NewEvent(Guid host, EventKind kind, string title, DateTime startsAt) => new()
    {
        HostId = host,
        Kind = kind,
        Title = title,
        Description = "An event written by the obligation tests.",
        StartsAt = startsAt,
        EndsAt = startsAt.AddHours(3),
        TimeZone = "Europe/Copenhagen",
        Location = "Copenhagen",
    };

    private static DateTime At(int year, int month, int day) => new(year, month, day, 10, 0, 0, DateTimeKind.Utc);
}
