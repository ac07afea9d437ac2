using Icn.Graph.Filtering;
using Icn.Graph.Sorting;

namespace Icn.Graph.Paging;

/// <summary>What every list of one entity shares, wherever it appears: its filter, its orders and its default order.</summary>
internal sealed record ListDefinition<T>(
    FilterDefinition<T> Filter,
    Type FilterGraphType,
    SortDefinition<T> Sort,
    Type SortGraphType,
    SortOrder<T> DefaultOrder,
    string DefaultOrderText)
{
    /// <summary>Relationships a root list joins into its page query when they are selected.</summary>
    public IReadOnlyList<Preload<T>> Preloads { get; init; } = [];
}
