using Icn.Domain.Clusters;
using Icn.Domain.Opportunities;
using Icn.Graph.Clusters;
using Icn.GraphQL.Filtering;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.GraphQL.Sorting;

namespace Icn.Graph.Opportunities;

/// <summary>The filter and orders of an opportunity's list of interests.</summary>
internal static class InterestList
{
    public static FilterDefinition<OpportunityInterest> Filter { get; } = new FilterDefinition<OpportunityInterest>("InterestFilter", "Conditions on an interest; several fields must all hold.")
        .Id("Interest")
        .Relation<OpportunityInterest, Cluster, ClusterFilterGraphType>("cluster", "The interested cluster.", i => i.Cluster, () => ClusterList.Filter)
        .DateTime("expressedAt", "When the interest was expressed.", i => i.CreatedAt)
        .DateTime("withdrawnAt", "When the interest was withdrawn; `{ eq: null }` asks for standing interests.", i => i.WithdrawnAt);

    public static SortDefinition<OpportunityInterest> Sort { get; } = new SortDefinition<OpportunityInterest>("InterestSort", "One way to order interests.")
        .Add("expressedAt", "By the time the interest was expressed.", i => i.CreatedAt);

    public static ListDefinition<OpportunityInterest> Definition { get; } = new(
        Filter, typeof(InterestFilterGraphType), Sort, typeof(InterestSortGraphType),
        new SortOrder<OpportunityInterest>([(Sort["expressedAt"], true)]), "newest first");
}

internal sealed class InterestFilterGraphType() : EntityFilterGraphType<OpportunityInterest>(InterestList.Filter);

internal sealed class InterestSortGraphType() : EntitySortGraphType<OpportunityInterest>(InterestList.Sort);
