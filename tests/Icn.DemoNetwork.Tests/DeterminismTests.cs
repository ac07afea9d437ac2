
namespace Icn.DemoNetwork.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void Same_options_give_the_same_network_byte_for_byte()
    {
        var first = CanonicalJson.Of(DemoNetworkGenerator.Generate(DemoNetworkOptions.Default));
        var second = CanonicalJson.Of(DemoNetworkGenerator.Generate(new DemoNetworkOptions(2026, new DateOnly(2026, 6, 15))));

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_different_seed_gives_a_different_network()
    {
        var other = DemoNetworkGenerator.Generate(DemoNetworkOptions.Default with { Seed = 7 });

        Assert.NotEqual(CanonicalJson.Of(GeneratedNetworks.Default), CanonicalJson.Of(other));
        Assert.NotEqual(GeneratedNetworks.Default.Clusters[0].Id, other.Clusters[0].Id);
        Assert.NotEqual(
            GeneratedNetworks.Default.Opportunities.Select(o => o.Title),
            other.Opportunities.Select(o => o.Title));
    }

    [Fact]
    public void A_different_reference_date_moves_the_timeline()
    {
        var later = DemoNetworkGenerator.Generate(DemoNetworkOptions.Default with { ReferenceDate = new DateOnly(2027, 1, 10) });
        var laterNow = new DateTime(2027, 1, 10, 0, 0, 0, DateTimeKind.Utc);

        Assert.NotEqual(CanonicalJson.Of(GeneratedNetworks.Default), CanonicalJson.Of(later));
        Assert.Contains(later.Events, e => e.StartsAt > laterNow);
        Assert.All(GeneratedNetworks.AllEntities(later), e => Assert.True(e.UpdatedAt <= laterNow));
    }

    [Fact]
    public void For_today_reads_the_date_from_the_injected_clock()
    {
        var options = DemoNetworkOptions.ForToday(new FixedTime(new DateTimeOffset(2030, 3, 4, 23, 30, 0, TimeSpan.Zero)));

        Assert.Equal(new DemoNetworkOptions(DemoNetworkOptions.DefaultSeed, new DateOnly(2030, 3, 4)), options);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
