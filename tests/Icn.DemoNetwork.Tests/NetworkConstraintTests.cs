using Icn.Domain.Membership;

namespace Icn.DemoNetwork.Tests;

/// <summary>Regions, sectors, clusters, fees, members and benchmarks obey their tables' check constraints and unique indexes.</summary>
public sealed class NetworkConstraintTests
{
    private static GeneratedNetwork Network => GeneratedNetworks.Default;

    [Fact]
    public void Region_and_sector_slugs_are_valid_and_unique()
    {
        Assert.All(Network.Regions, r => Assert.True(CheckRules.IsSlug(r.Slug) && CheckRules.Fits(r.Slug, 80) && CheckRules.Fits(r.Name, 120), r.Slug));
        Assert.All(Network.Sectors, s => Assert.True(CheckRules.IsSlug(s.Slug) && CheckRules.Fits(s.Slug, 80) && CheckRules.Fits(s.Name, 120), s.Slug));
        Assert.All(Network.Sectors, s => Assert.NotEqual(s.Id, s.ParentId));
        Assert.Equal(Network.Regions.Count, Network.Regions.Select(r => r.Slug).Distinct().Count());
        Assert.Equal(Network.Sectors.Count, Network.Sectors.Select(s => s.Slug).Distinct().Count());
    }

    [Fact]
    public void Clusters_obey_their_constraints()
    {
        Assert.Equal(Network.Clusters.Count, Network.Clusters.Select(c => c.Slug).Distinct().Count());
        Assert.All(Network.Clusters, c =>
        {
            Assert.True(CheckRules.IsSlug(c.Slug) && CheckRules.Fits(c.Slug, 80), c.Slug);
            Assert.True(CheckRules.IsNotBlank(c.Name) && CheckRules.Fits(c.Name, 200), c.Name);
            Assert.True(CheckRules.IsCountryCode(c.CountryCode), c.CountryCode);
            Assert.True(CheckRules.Fits(c.City, 120) && CheckRules.Fits(c.Website, 500) && CheckRules.Fits(c.LogoUrl, 500));
            Assert.True(CheckRules.Fits(c.Contact.Name, 200) && CheckRules.Fits(c.Contact.Email, 320) && CheckRules.Fits(c.Contact.Phone, 40));
            Assert.InRange(c.FoundedYear ?? 1800, 1800, 2200);
            Assert.True(c.MemberCount >= 0);
            Assert.True(c.Helix.Companies >= 0 && c.Helix.ResearchInstitutions >= 0 && c.Helix.PublicAuthorities >= 0);
            Assert.True(Enum.IsDefined(c.Membership.Status));
            Assert.True(c.Membership.Status == MembershipStatus.Applicant || c.Membership.Since is not null, c.Name);
        });
    }

    [Fact]
    public void Fee_invoices_obey_their_constraints()
    {
        Assert.All(Network.FeeInvoices, i =>
        {
            Assert.Equal(1_000_000, i.Amount.AmountMinor);
            Assert.True(CheckRules.IsCurrency(i.Amount.Currency));
            Assert.Equal("EUR", i.Amount.Currency);
            Assert.True(i.DueOn >= i.IssuedOn);
            Assert.InRange(i.Year, 2000, 2200);
            Assert.True(CheckRules.Fits(i.PaymentReference, 120));
            Assert.Equal(i.PaidAt is null, i.PaymentReference is null);
        });
        Assert.Equal(Network.FeeInvoices.Count, Network.FeeInvoices.Select(i => (i.ClusterId, i.Year)).Distinct().Count());
    }

    [Fact]
    public void Fee_invoices_belong_to_clusters_that_are_or_were_members()
    {
        var applicants = Network.Clusters.Where(c => c.Membership.Status == MembershipStatus.Applicant).Select(c => c.Id).ToHashSet();

        Assert.DoesNotContain(Network.FeeInvoices, i => applicants.Contains(i.ClusterId));
        Assert.All(Network.FeeInvoices, i => Assert.True(i.Year >= Network.Clusters.Single(c => c.Id == i.ClusterId).Membership.Since!.Value.Year));
    }

    [Fact]
    public void Members_obey_their_constraints()
    {
        Assert.All(Network.Members, m =>
        {
            Assert.True(CheckRules.IsNotBlank(m.Name) && CheckRules.Fits(m.Name, 200), m.Name);
            Assert.True(m.CountryCode is null || CheckRules.IsCountryCode(m.CountryCode), m.CountryCode);
            Assert.True(CheckRules.Fits(m.Website, 500));
            Assert.True(Enum.IsDefined(m.Kind));
            Assert.NotEmpty(m.Sectors);
        });
        Assert.Equal(Network.Members.Count, Network.Members.Select(m => m.Name).Distinct().Count());
    }

    [Fact]
    public void Benchmarks_obey_their_constraints()
    {
        Assert.All(Network.Benchmarks, b =>
        {
            Assert.InRange(b.Year, 2000, 2200);
            Assert.True(b.MemberCount >= 0 && b.InternationalProjects >= 0 && b.EventsAttended >= 0 && b.StaffFullTimeEquivalents >= 0);
            Assert.True(Enum.IsDefined(b.TurnoverBand));
            Assert.True(b.Year < GeneratedNetworks.Today.Year && b.SubmittedAt.Year == b.Year + 1);
        });
        Assert.Equal(Network.Benchmarks.Count, Network.Benchmarks.Select(b => (b.ClusterId, b.Year)).Distinct().Count());
        Assert.True(Network.Benchmarks.Select(b => b.ClusterId).Distinct().Count() >= 20);
        Assert.True(Network.Benchmarks.Select(b => b.Year).Distinct().Count() >= 2);
    }
}
