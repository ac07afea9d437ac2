using Microsoft.EntityFrameworkCore;

namespace Icn.DemoNetwork.Tests;

public sealed class SeedingTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task The_demo_network_is_written_once_into_an_empty_database_and_obeys_every_constraint()
    {
        var options = DemoNetworkOptions.Default;
        var expected = DemoNetworkGenerator.Generate(options);

        await using (var db = database.CreateContext())
        {
            Assert.True(await DemoNetworkSeeder.SeedIfEmptyAsync(db, options, CancellationToken.None));
        }

        await using (var db = database.CreateContext())
        {
            Assert.False(await DemoNetworkSeeder.SeedIfEmptyAsync(db, options, CancellationToken.None));
            Assert.Equal(expected.Clusters.Count, await db.Clusters.CountAsync());
            Assert.Equal(600, await db.Members.CountAsync());
            Assert.Equal(300, await db.Opportunities.CountAsync());
            Assert.Equal(120, await db.Events.CountAsync());
            Assert.Equal(200, await db.Articles.CountAsync());
            Assert.Equal(expected.EventRegistrations.Count, await db.EventRegistrations.CountAsync());
            Assert.Equal(
                expected.Opportunities.Sum(o => o.Sectors.Count),
                await db.Opportunities.SelectMany(o => o.Sectors).CountAsync());
        }
    }
}
