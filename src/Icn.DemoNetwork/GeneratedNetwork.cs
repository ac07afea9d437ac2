using Icn.Domain.Clusters;
using Icn.Domain.Events;
using Icn.Domain.Knowledge;
using Icn.Domain.Members;
using Icn.Domain.Membership;
using Icn.Domain.Obligations;
using Icn.Domain.Opportunities;
using Icn.Domain.Persistence;
using Icn.Domain.Regions;
using Icn.Domain.Sectors;

namespace Icn.DemoNetwork;

/// <summary>
/// A generated demo network, ready to add to a context. Entities refer to each other by key;
/// the collections that become join rows or child rows (Cluster.Sectors, Cluster.FeeInvoices,
/// Opportunity.Sectors/TargetRegions/Interests, NetworkEvent.Sectors/Registrations,
/// Member.Sectors, Article.Sectors, Sector.Children) hold the very instances of these lists.
/// </summary>
public sealed class GeneratedNetwork
{
    public required IReadOnlyList<Region> Regions { get; init; }

    /// <summary>The sector tree, each parent before its children.</summary>
    public required IReadOnlyList<Sector> Sectors { get; init; }

    public required IReadOnlyList<Cluster> Clusters { get; init; }

    public required IReadOnlyList<FeeInvoice> FeeInvoices { get; init; }

    public required IReadOnlyList<Member> Members { get; init; }

    public required IReadOnlyList<Opportunity> Opportunities { get; init; }

    public required IReadOnlyList<OpportunityInterest> OpportunityInterests { get; init; }

    public required IReadOnlyList<NetworkEvent> Events { get; init; }

    public required IReadOnlyList<EventRegistration> EventRegistrations { get; init; }

    public required IReadOnlyList<Article> Articles { get; init; }

    public required IReadOnlyList<Benchmark> Benchmarks { get; init; }

    /// <summary>Adds the whole network to <paramref name="db"/> for insertion (not saved).</summary>
    internal void AddTo(IcnDbContext db)
    {
        // Parents before children reads naturally; EF orders the inserts by their foreign keys anyway.
        db.Regions.AddRange(Regions);
        db.Sectors.AddRange(Sectors);
        db.Clusters.AddRange(Clusters);
        db.FeeInvoices.AddRange(FeeInvoices);
        db.Members.AddRange(Members);
        db.Opportunities.AddRange(Opportunities);
        db.OpportunityInterests.AddRange(OpportunityInterests);
        db.Events.AddRange(Events);
        db.EventRegistrations.AddRange(EventRegistrations);
        db.Articles.AddRange(Articles);
        db.Benchmarks.AddRange(Benchmarks);
    }
}
