using Icn.Domain.Common;

namespace Icn.DemoNetwork.Tests;

/// <summary>Keys are unique version 7 Guids, every foreign key points into the network, and navigations hold the listed instances.</summary>
public sealed class ReferenceTests
{
    private static GeneratedNetwork Network => GeneratedNetworks.Default;

    [Fact]
    public void Ids_are_unique_version_7_guids()
    {
        var ids = GeneratedNetworks.AllEntities(Network).Select(e => e.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id =>
        {
            Assert.Equal(7, id.Version);
            Assert.Equal(0x8, id.Variant & 0xC);
        });
    }

    [Fact]
    public void Id_time_parts_follow_creation_times()
    {
        Assert.All(GeneratedNetworks.AllEntities(Network), e =>
        {
            Span<byte> bytes = stackalloc byte[16];
            Assert.True(e.Id.TryWriteBytes(bytes, bigEndian: true, out _));
            var milliseconds = 0L;
            for (var i = 0; i < 6; i++)
            {
                milliseconds = (milliseconds << 8) | bytes[i];
            }

            Assert.Equal(new DateTimeOffset(e.CreatedAt).ToUnixTimeMilliseconds(), milliseconds);
        });
    }

    [Fact]
    public void Foreign_keys_point_into_the_network()
    {
        var regions = Network.Regions.Select(r => r.Id).ToHashSet();
        var clusters = Network.Clusters.Select(c => c.Id).ToHashSet();
        var opportunities = Network.Opportunities.Select(o => o.Id).ToHashSet();
        var events = Network.Events.Select(e => e.Id).ToHashSet();
        var sectors = Network.Sectors.Select(s => s.Id).ToHashSet();

        Assert.All(Network.Sectors, s => Assert.True(s.ParentId is null || sectors.Contains(s.ParentId.Value)));
        Assert.All(Network.Clusters, c => Assert.Contains(c.RegionId, regions));
        Assert.All(Network.FeeInvoices, i => Assert.Contains(i.ClusterId, clusters));
        Assert.All(Network.Members, m => Assert.Contains(m.ClusterId, clusters));
        Assert.All(Network.Opportunities, o => Assert.Contains(o.PostedById, clusters));
        Assert.All(Network.OpportunityInterests, i => Assert.True(opportunities.Contains(i.OpportunityId) && clusters.Contains(i.ClusterId)));
        Assert.All(Network.Events, e => Assert.Contains(e.HostId, clusters));
        Assert.All(Network.EventRegistrations, r => Assert.True(events.Contains(r.EventId) && clusters.Contains(r.ClusterId)));
        Assert.All(Network.Articles, a => Assert.Contains(a.AuthorId, clusters));
        Assert.All(Network.Benchmarks, b => Assert.Contains(b.ClusterId, clusters));
    }

    [Fact]
    public void Navigation_collections_hold_the_listed_instances()
    {
        AssertListed(Network.Sectors, Network.Clusters.SelectMany(c => c.Sectors));
        AssertListed(Network.Sectors, Network.Members.SelectMany(m => m.Sectors));
        AssertListed(Network.Sectors, Network.Opportunities.SelectMany(o => o.Sectors));
        AssertListed(Network.Sectors, Network.Events.SelectMany(e => e.Sectors));
        AssertListed(Network.Sectors, Network.Articles.SelectMany(a => a.Sectors));
        AssertListed(Network.Sectors, Network.Sectors.SelectMany(s => s.Children));
        AssertListed(Network.Regions, Network.Opportunities.SelectMany(o => o.TargetRegions));
        AssertListed(Network.FeeInvoices, Network.Clusters.SelectMany(c => c.FeeInvoices));
        AssertListed(Network.OpportunityInterests, Network.Opportunities.SelectMany(o => o.Interests));
        AssertListed(Network.EventRegistrations, Network.Events.SelectMany(e => e.Registrations));

        Assert.Equal(Network.FeeInvoices.Count, Network.Clusters.Sum(c => c.FeeInvoices.Count));
        Assert.Equal(Network.OpportunityInterests.Count, Network.Opportunities.Sum(o => o.Interests.Count));
        Assert.Equal(Network.EventRegistrations.Count, Network.Events.Sum(e => e.Registrations.Count));
        Assert.All(Network.Clusters, c => Assert.All(c.FeeInvoices, i => Assert.Equal(c.Id, i.ClusterId)));
        Assert.All(Network.Events, e => Assert.All(e.Registrations, r => Assert.Equal(e.Id, r.EventId)));
    }

    [Fact]
    public void Join_collections_have_no_duplicates()
    {
        Assert.All(Network.Clusters, c => Assert.Equal(c.Sectors.Count, c.Sectors.Distinct().Count()));
        Assert.All(Network.Members, m => Assert.Equal(m.Sectors.Count, m.Sectors.Distinct().Count()));
        Assert.All(Network.Opportunities, o => Assert.Equal(o.TargetRegions.Count, o.TargetRegions.Distinct().Count()));
        Assert.All(Network.Opportunities, o => Assert.Equal(o.Sectors.Count, o.Sectors.Distinct().Count()));
        Assert.All(Network.Events, e => Assert.Equal(e.Sectors.Count, e.Sectors.Distinct().Count()));
        Assert.All(Network.Articles, a => Assert.Equal(a.Sectors.Count, a.Sectors.Distinct().Count()));
    }

    private static void AssertListed<T>(IEnumerable<T> listed, IEnumerable<T> referenced)
        where T : Entity
    {
        var instances = listed.ToHashSet(ReferenceEqualityComparer.Instance);
        Assert.All(referenced, r => Assert.Contains(r, instances));
    }
}
