using Icn.Domain.Events;
using Icn.Domain.Knowledge;
using Icn.Domain.Members;
using Icn.Domain.Membership;
using Icn.Domain.Opportunities;

namespace Icn.DemoNetwork.Tests;

public sealed class CountTests
{
    private static GeneratedNetwork Network => GeneratedNetworks.Default;

    [Fact]
    public void Has_the_promised_amounts()
    {
        Assert.True(Network.Regions.Count >= 7);
        Assert.Equal(600, Network.Members.Count);
        Assert.Equal(300, Network.Opportunities.Count);
        Assert.Equal(120, Network.Events.Count);
        Assert.Equal(200, Network.Articles.Count);
        Assert.NotEmpty(Network.FeeInvoices);
        Assert.NotEmpty(Network.Benchmarks);
        Assert.NotEmpty(Network.OpportunityInterests);
        Assert.NotEmpty(Network.EventRegistrations);
    }

    [Fact]
    public void Has_thirty_public_clusters_spread_over_every_region_plus_applicants_and_former_members()
    {
        var publicClusters = Network.Clusters.Where(c => ClusterMembership.PublicStatuses.Contains(c.Membership.Status)).ToList();

        Assert.True(publicClusters.Count >= 30);
        Assert.True(publicClusters.Count(c => c.Membership.Status == MembershipStatus.Member) > publicClusters.Count / 2);
        Assert.InRange(publicClusters.Count(c => c.Membership.Status == MembershipStatus.Suspended), 1, 4);
        Assert.InRange(Network.Clusters.Count(c => c.Membership.Status == MembershipStatus.Applicant), 2, 6);
        Assert.InRange(Network.Clusters.Count(c => c.Membership.Status == MembershipStatus.Former), 2, 6);
        Assert.All(Network.Regions, r => Assert.True(publicClusters.Count(c => c.RegionId == r.Id) >= 2, r.Name));
    }

    [Fact]
    public void Has_a_sector_tree_of_about_ten_top_level_sectors_with_children()
    {
        var tops = Network.Sectors.Where(s => s.ParentId is null).ToList();

        Assert.InRange(tops.Count, 9, 12);
        Assert.All(tops, t => Assert.InRange(Network.Sectors.Count(s => s.ParentId == t.Id), 2, 5));
        Assert.Contains(tops, t => t.Name == "Hydrogen");
        Assert.Contains(tops, t => t.Name == "Carbon capture");
    }

    [Fact]
    public void Has_every_kind_and_status()
    {
        Assert.Equal(Enum.GetValues<OpportunityKind>(), Network.Opportunities.Select(o => o.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<OpportunityStatus>(), Network.Opportunities.Select(o => o.Status).Distinct().Order());
        Assert.Equal(Enum.GetValues<EventKind>(), Network.Events.Select(e => e.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<ArticleKind>(), Network.Articles.Select(a => a.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<MemberKind>(), Network.Members.Select(m => m.Kind).Distinct().Order());
    }

    [Fact]
    public void Mixes_are_realistic()
    {
        Assert.True(Network.Opportunities.Count(o => o.Status == OpportunityStatus.Published) > 150);
        Assert.InRange(Network.Events.Count(e => e.Kind == EventKind.BoardMeeting), 3, 12);
        Assert.True(Network.Articles.Count(a => a.Status == ArticleStatus.Published) > 150);
        Assert.Contains(Network.Articles, a => a.Status == ArticleStatus.Draft);
        Assert.True(Network.Members.Count(m => m.Kind == MemberKind.Company) > 300);
        Assert.Contains(Network.Events, e => e.OnlineUrl is not null);
        Assert.Contains(Network.Events, e => e.Capacity is not null);
        Assert.Contains(Network.Events, e => e.Location is not null);
    }

    [Fact]
    public void Every_public_cluster_lists_members()
    {
        Assert.All(
            Network.Clusters.Where(c => ClusterMembership.PublicStatuses.Contains(c.Membership.Status)),
            c => Assert.True(Network.Members.Count(m => m.ClusterId == c.Id) >= 5, c.Name));
    }
}
