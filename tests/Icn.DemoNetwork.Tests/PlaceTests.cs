
namespace Icn.DemoNetwork.Tests;

/// <summary>Cities match countries, countries match regions, and events use their host's real time zone.</summary>
public sealed class PlaceTests
{
    private static GeneratedNetwork Network => GeneratedNetworks.Default;

    private static readonly Dictionary<string, CountrySpec> Countries =
        PlaceCatalog.Regions.SelectMany(r => r.Countries).ToDictionary(c => c.Code);

    [Fact]
    public void Clusters_are_in_a_city_of_their_country_in_their_region()
    {
        var regionSlugs = Network.Regions.ToDictionary(r => r.Id, r => r.Slug);

        Assert.All(Network.Clusters, c =>
        {
            var region = PlaceCatalog.Regions.Single(r => r.Slug == regionSlugs[c.RegionId]);
            var country = Assert.Single(region.Countries, k => k.Code == c.CountryCode);
            Assert.Contains(country.Cities, city => city.Name == c.City);
        });
    }

    [Fact]
    public void Members_are_in_their_cluster_region()
    {
        var clusters = Network.Clusters.ToDictionary(c => c.Id);
        Assert.All(Network.Members, m =>
        {
            var cluster = clusters[m.ClusterId];
            var region = PlaceCatalog.Regions.Single(r => r.Countries.Any(k => k.Code == cluster.CountryCode));
            Assert.Contains(region.Countries, k => k.Code == m.CountryCode);
        });
    }

    [Fact]
    public void Events_use_the_real_time_zone_of_their_host_city()
    {
        var clusters = Network.Clusters.ToDictionary(c => c.Id);
        Assert.All(Network.Events, e =>
        {
            var host = clusters[e.HostId];
            var city = Countries[host.CountryCode].Cities.Single(c => c.Name == host.City);
            Assert.Equal(city.TimeZone, e.TimeZone);
            Assert.True(TimeZoneInfo.TryFindSystemTimeZoneById(e.TimeZone, out _), e.TimeZone);
        });
    }

    [Fact]
    public void Events_start_at_a_plausible_local_hour()
    {
        Assert.All(Network.Events, e =>
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(e.StartsAt, TimeZoneInfo.FindSystemTimeZoneById(e.TimeZone));
            Assert.InRange(local.Hour, 8, 15);
        });
    }

    [Theory]
    [InlineData("Europe/Copenhagen", 2026, 1, 15, 8)]
    [InlineData("Europe/Copenhagen", 2026, 7, 15, 7)]
    [InlineData("Asia/Tokyo", 2026, 7, 15, 0)]
    [InlineData("America/Los_Angeles", 2026, 7, 15, 16)]
    public void Local_nine_oclock_is_converted_to_utc(string zone, int year, int month, int day, int utcHour)
    {
        var utc = EventSchedule.ToUtc(new DateOnly(year, month, day), new TimeOnly(9, 0), new CitySpec("Somewhere", zone, 0));

        Assert.Equal(DateTimeKind.Utc, utc.Kind);
        Assert.Equal(utcHour, utc.Hour);
    }

    [Fact]
    public void Without_a_time_zone_database_entry_the_standard_offset_is_used()
    {
        var utc = EventSchedule.ToUtc(new DateOnly(2026, 7, 15), new TimeOnly(9, 0), new CitySpec("Nowhere", "Nowhere/Unknown", 2));

        Assert.Equal(new DateTime(2026, 7, 15, 7, 0, 0, DateTimeKind.Utc), utc);
    }

    [Fact]
    public void Every_catalog_time_zone_exists_and_matches_its_winter_offset()
    {
        // All catalog cities are in the northern hemisphere, where January is winter time.
        var january = new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Utc);
        Assert.All(PlaceCatalog.Regions.SelectMany(r => r.Countries).SelectMany(c => c.Cities), city =>
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(city.TimeZone);
            Assert.Equal(TimeSpan.FromHours(city.StandardUtcOffsetHours), zone.GetUtcOffset(january));
        });
    }
}
