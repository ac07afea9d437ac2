using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;

namespace Icn.Graph.Search;

/// <summary>A search result in a page: the node, its cursor and its rank.</summary>
internal sealed record SearchEdge(string Cursor, object Node, float Rank) : IEdge;

/// <summary>A page of search results.</summary>
internal sealed class SearchConnection(IReadOnlyList<SearchEdge> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> totalCount) : IConnection
{
    public IEnumerable<IEdge> Edges => edges;

    public IEnumerable<object> Nodes => edges.Select(e => e.Node);

    public PageInfo PageInfo => pageInfo;

    public Task<int> CountAsync(CancellationToken cancellationToken) => totalCount(cancellationToken);
}
