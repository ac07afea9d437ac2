namespace Icn.DemoNetwork;

/// <summary>
/// Builds a whole demo network from a seed and a reference date. Every value comes from
/// seeded streams (one per kind of entity) and from the reference date, never from the system
/// clock or Guid.NewGuid, so the same options give the same data byte for byte.
/// </summary>
public static class DemoNetworkGenerator
{
    internal const int MemberCount = 600;
    internal const int OpportunityCount = 300;
    internal const int EventCount = 120;
    internal const int ArticleCount = 200;

    public static GeneratedNetwork Generate(DemoNetworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = new ReferenceClock(options.ReferenceDate);
        SeedRandom Stream(string name) => SeedRandom.For(options.Seed, name);

        var regions = ReferenceDataBuilder.BuildRegions(Stream("regions"), clock);
        var sectors = ReferenceDataBuilder.BuildSectors(Stream("sectors"), clock);
        var clusters = ClusterBuilder.Build(Stream("clusters"), clock, regions, sectors);
        var opportunities = OpportunityBuilder.Build(Stream("opportunities"), clock, clusters, regions, OpportunityCount);
        var events = EventBuilder.Build(Stream("events"), clock, clusters, regions, EventCount);
        return new GeneratedNetwork
        {
            Regions = [.. regions.Select(r => r.Entity)],
            Sectors = [.. ReferenceDataBuilder.Flatten(sectors)],
            Clusters = [.. clusters.Select(c => c.Cluster)],
            FeeInvoices = FeeInvoiceBuilder.Build(Stream("fee-invoices"), clock, clusters),
            Members = MemberBuilder.Build(Stream("members"), clock, clusters, MemberCount),
            Opportunities = opportunities,
            OpportunityInterests = InterestBuilder.Build(Stream("interests"), clock, opportunities, clusters),
            Events = events,
            EventRegistrations = RegistrationBuilder.Build(Stream("registrations"), clock, events, clusters),
            Articles = ArticleBuilder.Build(Stream("articles"), clock, clusters, regions, ArticleCount),
            Benchmarks = BenchmarkBuilder.Build(Stream("benchmarks"), clock, clusters),
        };
    }
}
