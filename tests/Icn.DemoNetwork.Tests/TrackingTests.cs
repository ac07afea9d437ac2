using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Icn.DemoNetwork.Tests;

/// <summary>
/// The generated graph can be added to the real EF model as the seeder does, without a
/// database: no key is tracked twice, no join row is duplicated, and every row is new.
/// </summary>
public sealed class TrackingTests
{
    [Fact]
    public void The_whole_network_can_be_added_to_a_context()
    {
        var network = DemoNetworkGenerator.Generate(DemoNetworkOptions.Default);
        var options = new DbContextOptionsBuilder<IcnDbContext>().UseIcnDatabase("Host=localhost;Database=never-opened").Options;
        using var db = new IcnDbContext(options);

        network.AddTo(db);
        db.ChangeTracker.DetectChanges();

        var entries = db.ChangeTracker.Entries().ToList();
        Assert.All(entries, e => Assert.Equal(EntityState.Added, e.State));
        var joinRows = network.Clusters.Sum(c => c.Sectors.Count) + network.Members.Sum(m => m.Sectors.Count)
            + network.Opportunities.Sum(o => o.Sectors.Count + o.TargetRegions.Count)
            + network.Events.Sum(e => e.Sectors.Count) + network.Articles.Sum(a => a.Sectors.Count);
        var ownedRows = (network.Clusters.Count * 3) + network.FeeInvoices.Count;
        Assert.Equal(GeneratedNetworks.AllEntities(network).Count() + joinRows + ownedRows, entries.Count);
        Assert.True(db.Database.IsNpgsql());
    }
}
