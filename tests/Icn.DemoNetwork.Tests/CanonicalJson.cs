using System.Text.Json;
using Icn.Domain.Common;

namespace Icn.DemoNetwork.Tests;

/// <summary>
/// Every stored field of every generated entity, with links as ids, serialised in list order:
/// two networks are the same data exactly when these strings are equal.
/// </summary>
internal static class CanonicalJson
{
    public static string Of(GeneratedNetwork n) => JsonSerializer.Serialize(new
    {
        Regions = n.Regions.Select(r => new { Base = Base(r), r.Slug, r.Name }),
        Sectors = n.Sectors.Select(s => new { Base = Base(s), s.Slug, s.Name, s.ParentId, Children = Ids(s.Children) }),
        Clusters = n.Clusters.Select(c => new
        {
            Base = Base(c), c.Slug, c.Name, c.Description, c.RegionId, c.CountryCode, c.City, c.Website, c.LogoUrl, c.FoundedYear, c.MemberCount,
            c.Helix.Companies, c.Helix.ResearchInstitutions, c.Helix.PublicAuthorities, c.InternationalStrategy,
            ContactName = c.Contact.Name, c.Contact.Email, c.Contact.Phone, c.Membership.Status, c.Membership.Since,
            Sectors = Ids(c.Sectors), FeeInvoices = Ids(c.FeeInvoices),
        }),
        FeeInvoices = n.FeeInvoices.Select(i => new { Base = Base(i), i.ClusterId, i.Year, i.Amount.AmountMinor, i.Amount.Currency, i.IssuedOn, i.DueOn, i.PaidAt, i.PaymentReference }),
        Members = n.Members.Select(m => new { Base = Base(m), m.ClusterId, m.Name, m.Kind, m.CountryCode, m.Website, m.Description, Sectors = Ids(m.Sectors) }),
        Opportunities = n.Opportunities.Select(o => new
        {
            Base = Base(o), o.PostedById, o.Kind, o.Status, o.Title, o.Summary, o.Body, o.PublishedAt, o.ClosedAt, o.Deadline,
            Sectors = Ids(o.Sectors), Regions = Ids(o.TargetRegions), Interests = Ids(o.Interests),
        }),
        Interests = n.OpportunityInterests.Select(i => new { Base = Base(i), i.OpportunityId, i.ClusterId, i.Message, i.WithdrawnAt }),
        Events = n.Events.Select(e => new
        {
            Base = Base(e), e.HostId, e.Kind, e.Title, e.Description, e.StartsAt, e.EndsAt, e.TimeZone, e.Location, e.OnlineUrl, e.Capacity, e.CancelledAt,
            Sectors = Ids(e.Sectors), Registrations = Ids(e.Registrations),
        }),
        Registrations = n.EventRegistrations.Select(r => new { Base = Base(r), r.EventId, r.ClusterId, r.Participants, r.AttendedCount, r.AttendanceRecordedAt }),
        Articles = n.Articles.Select(a => new { Base = Base(a), a.Slug, a.Title, a.Summary, a.Body, a.Kind, a.Status, a.Tags, a.AuthorId, a.PublishedAt, Sectors = Ids(a.Sectors) }),
        Benchmarks = n.Benchmarks.Select(b => new { Base = Base(b), b.ClusterId, b.Year, b.MemberCount, b.TurnoverBand, b.InternationalProjects, b.EventsAttended, b.StaffFullTimeEquivalents, b.SubmittedAt }),
    });

    private static object Base(Entity e) => new { e.Id, e.Version, e.CreatedAt, e.UpdatedAt };

    private static IEnumerable<Guid> Ids(IEnumerable<Entity> entities) => entities.Select(e => e.Id);
}
