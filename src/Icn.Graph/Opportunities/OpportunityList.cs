using Icn.Domain.Clusters;
using Icn.Domain.Opportunities;
using Icn.Domain.Regions;
using Icn.Domain.Sectors;
using Icn.Graph.Clusters;
using Icn.GraphQL.Filtering;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Regions;
using Icn.Graph.Sectors;
using Icn.GraphQL.Sorting;

namespace Icn.Graph.Opportunities;

/// <summary>The filter and orders of every list of opportunities.</summary>
internal static class OpportunityList
{
    public static FilterDefinition<Opportunity> Filter { get; } = new FilterDefinition<Opportunity>("OpportunityFilter", "Conditions on an opportunity; several fields must all hold.")
        .Id("Opportunity")
        .String("title", "The opportunity's title.", o => o.Title)
        .Enum<Opportunity, OpportunityKindGraphType, OpportunityKind>("kind", "What the opportunity is about.", o => o.Kind)
        .Enum<Opportunity, OpportunityStatusGraphType, OpportunityStatus>("status", "Where the opportunity is in its life.", o => o.Status)
        .DateTime("publishedAt", "When the opportunity was published.", o => o.PublishedAt)
        .Date("deadline", "The opportunity's deadline.", o => o.Deadline)
        .Relation<Opportunity, Cluster, ClusterFilterGraphType>("postedBy", "The cluster that shared the opportunity.", o => o.PostedBy, () => ClusterList.Filter)
        .Collection<Opportunity, Sector, SectorFilterGraphType>("sectors", "The opportunity's sectors.", o => o.Sectors, () => SectorFilter.Definition)
        .Collection<Opportunity, Region, RegionFilterGraphType>("targetRegions", "The regions the opportunity is aimed at.", o => o.TargetRegions, () => RegionFilter.Definition);

    public static SortDefinition<Opportunity> Sort { get; } = new SortDefinition<Opportunity>("OpportunitySort", "One way to order opportunities.")
        .Add("title", "By title.", o => o.Title)
        .Add("publishedAt", "By publication time.", o => o.PublishedAt)
        .Add("deadline", "By deadline.", o => o.Deadline);

    public static ListDefinition<Opportunity> Definition { get; } = new(
        Filter, typeof(OpportunityFilterGraphType), Sort, typeof(OpportunitySortGraphType),
        new SortOrder<Opportunity>([(Sort["publishedAt"], true)]), "newest published first")
    {
        References = [ClusterPreloads.For("postedBy", nameof(Opportunity.PostedBy))],
        Collection = SectorPreloads.For<Opportunity>(o => o.Sectors, l => l.OfOpportunity),
        // None of its fields reads the timestamps or the closing time; title, publication time and deadline are sort keys.
        OptionalColumns =
        [
            new(nameof(Opportunity.Body), "body", "bodyHtml"),
            new(nameof(Opportunity.Status), "status"),
            new(nameof(Opportunity.Version), "version"),
            new(nameof(Opportunity.ClosedAt)),
            new(nameof(Opportunity.CreatedAt)),
            new(nameof(Opportunity.UpdatedAt)),
        ],
    };
}

internal sealed class OpportunityFilterGraphType() : EntityFilterGraphType<Opportunity>(OpportunityList.Filter);

internal sealed class OpportunitySortGraphType() : EntitySortGraphType<Opportunity>(OpportunityList.Sort);
