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
    /// <summary>To-one relationships a root list reads in its page query when they are selected.</summary>
    public IReadOnlyList<ReferencePreload> References { get; init; } = [];

    /// <summary>The rows' sectors, read in a root list's page query when they are selected.</summary>
    public SectorsPreload<T>? Sectors { get; init; }

    /// <summary>Columns a root list's page query reads only when a field that needs them is selected.</summary>
    public IReadOnlyList<OptionalColumn> OptionalColumns { get; init; } = [];
}
