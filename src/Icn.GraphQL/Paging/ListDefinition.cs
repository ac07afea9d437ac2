using Icn.GraphQL.Filtering;
using Icn.GraphQL.Sorting;

namespace Icn.GraphQL.Paging;

/// <summary>What every list of one entity shares, wherever it appears: its filter, its orders and its default order.</summary>
public sealed record ListDefinition<T>(
    FilterDefinition<T> Filter,
    Type FilterGraphType,
    SortDefinition<T> Sort,
    Type SortGraphType,
    SortOrder<T> DefaultOrder,
    string DefaultOrderText)
{
    /// <summary>To-one relationships a root list reads in its page query when they are selected.</summary>
    public IReadOnlyList<ReferencePreload> References { get; init; } = [];

    /// <summary>A collection of the rows (a many-to-many relationship) that the host's page query reads beside them when it is selected.</summary>
    public CollectionPreload<T>? Collection { get; init; }

    /// <summary>Columns a root list's page query reads only when a field that needs them is selected.</summary>
    public IReadOnlyList<OptionalColumn> OptionalColumns { get; init; } = [];
}
