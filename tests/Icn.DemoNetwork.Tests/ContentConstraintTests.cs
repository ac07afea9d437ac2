using Icn.Domain.Events;
using Icn.Domain.Knowledge;
using Icn.Domain.Opportunities;

namespace Icn.DemoNetwork.Tests;

/// <summary>Opportunities, interests, events, registrations and articles obey their check constraints and unique indexes.</summary>
public sealed class ContentConstraintTests
{
    private static GeneratedNetwork Network => GeneratedNetworks.Default;

    [Fact]
    public void Opportunities_obey_their_constraints()
    {
        Assert.All(Network.Opportunities, o =>
        {
            Assert.True(CheckRules.IsNotBlank(o.Title) && CheckRules.Fits(o.Title, 200), o.Title);
            Assert.True(CheckRules.IsNotBlank(o.Summary) && CheckRules.Fits(o.Summary, 1000));
            Assert.True(o.Status == OpportunityStatus.Draft || o.PublishedAt is not null);
            Assert.True(o.Status != OpportunityStatus.Closed || o.ClosedAt is not null);
            Assert.True(o.Status != OpportunityStatus.Draft || (o.PublishedAt is null && o.ClosedAt is null));
            Assert.True(o.ClosedAt is null || o.ClosedAt > o.PublishedAt);
            Assert.NotEmpty(o.Sectors);
            Assert.NotEmpty(o.TargetRegions);
        });
    }

    [Fact]
    public void Interests_are_unique_per_cluster_and_come_from_other_clusters_on_published_opportunities()
    {
        var opportunities = Network.Opportunities.ToDictionary(o => o.Id);

        Assert.Equal(Network.OpportunityInterests.Count, Network.OpportunityInterests.Select(i => (i.OpportunityId, i.ClusterId)).Distinct().Count());
        Assert.All(Network.OpportunityInterests, i =>
        {
            var opportunity = opportunities[i.OpportunityId];
            Assert.NotEqual(opportunity.PostedById, i.ClusterId);
            Assert.NotEqual(OpportunityStatus.Draft, opportunity.Status);
            Assert.True(i.CreatedAt > opportunity.PublishedAt && i.CreatedAt <= (opportunity.ClosedAt ?? GeneratedNetworks.Now));
            Assert.True(CheckRules.IsNotBlank(i.Message) && CheckRules.Fits(i.Message, 4000));
            Assert.True(i.WithdrawnAt is null || i.WithdrawnAt >= i.CreatedAt);
        });
    }

    [Fact]
    public void Events_obey_their_constraints()
    {
        Assert.All(Network.Events, e =>
        {
            Assert.True(CheckRules.IsNotBlank(e.Title) && CheckRules.Fits(e.Title, 200), e.Title);
            Assert.True(e.EndsAt > e.StartsAt, e.Title);
            Assert.True(e.Capacity is null || e.Capacity > 0);
            Assert.True(CheckRules.IsNotBlank(e.TimeZone) && CheckRules.Fits(e.TimeZone, 64));
            Assert.True(CheckRules.Fits(e.Location, 300) && CheckRules.Fits(e.OnlineUrl, 500));
            Assert.True(e.Location is not null || e.OnlineUrl is not null, e.Title);
            Assert.Equal(DateTimeKind.Utc, e.StartsAt.Kind);
            Assert.Equal(DateTimeKind.Utc, e.EndsAt.Kind);
        });
        Assert.Equal(Network.Events.Count, Network.Events.Select(e => e.Title).Distinct().Count());
    }

    [Fact]
    public void Webinars_are_online_and_delegations_on_site()
    {
        Assert.All(Network.Events.Where(e => e.Kind == EventKind.Webinar), e => Assert.True(e.OnlineUrl is not null && e.Location is null));
        Assert.All(Network.Events.Where(e => e.Kind == EventKind.Delegation), e => Assert.NotNull(e.Location));
    }

    [Fact]
    public void Registrations_obey_their_constraints_and_capacities()
    {
        Assert.Equal(Network.EventRegistrations.Count, Network.EventRegistrations.Select(r => (r.EventId, r.ClusterId)).Distinct().Count());
        Assert.All(Network.EventRegistrations, r =>
        {
            Assert.NotEmpty(r.Participants);
            Assert.All(r.Participants, p => Assert.True(CheckRules.IsNotBlank(p)));
            Assert.Equal(r.Participants.Count, r.Participants.Distinct().Count());
            Assert.True(r.AttendedCount is null || (r.AttendedCount >= 0 && r.AttendedCount <= r.Participants.Count));
            Assert.Equal(r.AttendedCount is null, r.AttendanceRecordedAt is null);
        });
        Assert.All(Network.Events.Where(e => e.Capacity is not null), e =>
            Assert.True(e.Registrations.Sum(r => r.Participants.Count) <= e.Capacity, e.Title));
        Assert.All(Network.Events, e => Assert.DoesNotContain(e.Registrations, r => r.ClusterId == e.HostId));
    }

    [Fact]
    public void Articles_obey_their_constraints()
    {
        Assert.Equal(Network.Articles.Count, Network.Articles.Select(a => a.Slug).Distinct().Count());
        Assert.All(Network.Articles, a =>
        {
            Assert.True(CheckRules.IsSlug(a.Slug) && CheckRules.Fits(a.Slug, 120), a.Slug);
            Assert.True(CheckRules.IsNotBlank(a.Title) && CheckRules.Fits(a.Title, 200), a.Title);
            Assert.True(CheckRules.IsNotBlank(a.Summary) && CheckRules.Fits(a.Summary, 1000));
            Assert.True(a.Status == ArticleStatus.Draft || a.PublishedAt is not null);
            Assert.True(a.Status == ArticleStatus.Published || a.PublishedAt is null);
            Assert.NotEmpty(a.Tags);
            Assert.All(a.Tags, t => Assert.True(CheckRules.IsSlug(t), t));
            Assert.NotEmpty(a.Sectors);
        });
    }
}
