using Icn.Domain.Common;

namespace Icn.DemoNetwork.Tests;

/// <summary>The default network, generated once for all read-only tests (generation is pure, so sharing is safe).</summary>
internal static class GeneratedNetworks
{
    private static readonly Lazy<GeneratedNetwork> DefaultNetwork = new(() => DemoNetworkGenerator.Generate(DemoNetworkOptions.Default));

    public static GeneratedNetwork Default => DefaultNetwork.Value;

    /// <summary>Midnight UTC of the default reference date: the demo's "now".</summary>
    public static DateTime Now => DemoNetworkOptions.Default.ReferenceDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public static DateOnly Today => DemoNetworkOptions.Default.ReferenceDate;

    public static IEnumerable<Entity> AllEntities(GeneratedNetwork network) =>
        network.Regions.Cast<Entity>()
            .Concat(network.Sectors)
            .Concat(network.Clusters)
            .Concat(network.FeeInvoices)
            .Concat(network.Members)
            .Concat(network.Opportunities)
            .Concat(network.OpportunityInterests)
            .Concat(network.Events)
            .Concat(network.EventRegistrations)
            .Concat(network.Articles)
            .Concat(network.Benchmarks);
}
