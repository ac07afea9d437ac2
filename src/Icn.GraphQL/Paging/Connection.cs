namespace Icn.GraphQL.Paging;

/// <summary>A page of any list, as the connection graph types read it.</summary>
public interface IConnection
{
    IEnumerable<IEdge> Edges { get; }

    IEnumerable<object> Nodes { get; }

    PageInfo PageInfo { get; }

    Task<int> CountAsync(CancellationToken cancellationToken);
}

public interface IEdge
{
    string Cursor { get; }

    object Node { get; }
}

/// <summary>One page of a list, as a Relay connection answers it.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> totalCount) : IConnection
    where T : notnull
{
    public IEnumerable<IEdge> Edges => edges;

    public IEnumerable<object> Nodes => edges.Select(e => (object)e.Node);

    public PageInfo PageInfo => pageInfo;

    /// <summary>Counted only when a caller selects <c>totalCount</c>.</summary>
    public Task<int> CountAsync(CancellationToken cancellationToken) => totalCount(cancellationToken);
}

/// <summary>A row of a page; its cursor is encoded only when asked for, since most listings select nodes alone.</summary>
public sealed class Edge<T>(T node, Func<T, string> cursorOf) : IEdge
    where T : notnull
{
    private string? cursor;

    public string Cursor => cursor ??= cursorOf(node);

    public T Node => node;

    object IEdge.Node => node;
}

/// <summary>Where a page is in its list; the first and last edges' cursors are encoded only when asked for, as the edges' own are.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, IEdge? First, IEdge? Last)
{
    public string? StartCursor => First?.Cursor;

    public string? EndCursor => Last?.Cursor;
}
