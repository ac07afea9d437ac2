using Icn.Domain.Events;
using Icn.Domain.Membership;
using Icn.Domain.Opportunities;

namespace Icn.DemoNetwork.Tests;

/// <summary>
/// Other seeds and awkward reference dates (New Year's Day, a leap day, the year's last day)
/// still give a network the database accepts. The detailed checks run on the default network.
/// </summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData(1, "2026-01-01")]
    [InlineData(42, "2024-02-29")]
    [InlineData(-7, "2030-12-31")]
    [InlineData(int.MaxValue, "2026-06-15")]
    [InlineData(0, "2025-01-16")]
    public void The_network_is_valid_for_other_options(int seed, string date)
    {
        var today = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var now = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var network = DemoNetworkGenerator.Generate(new DemoNetworkOptions(seed, today));

        Assert.Equal((600, 300, 120, 200), (network.Members.Count, network.Opportunities.Count, network.Events.Count, network.Articles.Count));
        Assert.True(network.Clusters.Count(c => ClusterMembership.PublicStatuses.Contains(c.Membership.Status)) >= 30);
        Assert.All(GeneratedNetworks.AllEntities(network), e => Assert.True(e.CreatedAt <= e.UpdatedAt && e.UpdatedAt <= now));
        Assert.Equal(GeneratedNetworks.AllEntities(network).Count(), GeneratedNetworks.AllEntities(network).Select(e => e.Id).Distinct().Count());

        Assert.All(network.Clusters, c => Assert.True(CheckRules.IsSlug(c.Slug) && (c.Membership.Status == MembershipStatus.Applicant || c.Membership.Since <= today)));
        Assert.Equal(network.Articles.Count, network.Articles.Select(a => a.Slug).Distinct().Count());
        Assert.All(network.Articles, a => Assert.True(CheckRules.IsSlug(a.Slug) && a.Slug.Length <= 120));
        Assert.All(network.Opportunities, o => Assert.True(
            (o.Status == OpportunityStatus.Draft || o.PublishedAt <= now) && (o.Status != OpportunityStatus.Closed || o.ClosedAt <= now)));
        Assert.Contains(network.Opportunities, o => o.Deadline < today);
        Assert.Contains(network.Opportunities, o => o.Deadline > today);

        Assert.All(network.Events, e => Assert.True(e.EndsAt > e.StartsAt));
        Assert.Contains(network.Events, e => e.EndsAt < now);
        Assert.Contains(network.Events, e => e.StartsAt > now && e.Kind == EventKind.BoardMeeting);
        Assert.All(network.EventRegistrations, r => Assert.True(r.Participants.Count > 0 && (r.AttendedCount ?? 0) <= r.Participants.Count));

        Assert.All(network.FeeInvoices, i => Assert.True(i.DueOn >= i.IssuedOn && i.IssuedOn < today && (i.PaidAt ?? now) <= now));
        Assert.Equal(network.FeeInvoices.Count, network.FeeInvoices.Select(i => (i.ClusterId, i.Year)).Distinct().Count());
        Assert.Equal(network.Benchmarks.Count, network.Benchmarks.Select(b => (b.ClusterId, b.Year)).Distinct().Count());
        Assert.All(network.Benchmarks, b => Assert.True(b.SubmittedAt <= now));
    }
}
