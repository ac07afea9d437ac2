using GraphQL.Types;

namespace Icn.GraphQL.Paging;

/// <summary>The connection of a node type, named after it: <c>OrderConnection</c> for <c>OrderType</c>.</summary>
public sealed class ConnectionGraphType<TNodeGraphType> : ConnectionGraphType<TNodeGraphType, EdgeGraphType<TNodeGraphType>>
    where TNodeGraphType : IGraphType;

/// <summary>A connection whose edges carry more than a cursor (a search result's rank).</summary>
public class ConnectionGraphType<TNodeGraphType, TEdgeGraphType> : ObjectGraphType<IConnection>
    where TNodeGraphType : IGraphType
    where TEdgeGraphType : IGraphType
{
    public ConnectionGraphType()
    {
        var node = NodeName(typeof(TNodeGraphType));
        Name = node + "Connection";
        Description = $"A page of {node} items, with cursors to fetch the pages around it.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeGraphType>>>>("edges")
            .Description("The items of the page, each with its cursor.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("The items of the page, without cursors.")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Where this page is in the whole list.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items the whole list has, with the same filter.")
            .ResolveAsync(async context => await context.Source.CountAsync(context.CancellationToken));
    }

    /// <summary>The GraphQL name of a node graph type by our naming convention (OrderType → Order).</summary>
    public static string NodeName(Type graphType) => graphType.Name.EndsWith("Type", StringComparison.Ordinal) && !graphType.Name.EndsWith("GraphType", StringComparison.Ordinal)
        ? graphType.Name[..^"Type".Length]
        : graphType.Name.Replace("GraphType", "", StringComparison.Ordinal).Replace("Interface", "", StringComparison.Ordinal);
}

public sealed class EdgeGraphType<TNodeGraphType> : ObjectGraphType<IEdge>
    where TNodeGraphType : IGraphType
{
    public EdgeGraphType()
    {
        var node = ConnectionGraphType<TNodeGraphType, EdgeGraphType<TNodeGraphType>>.NodeName(typeof(TNodeGraphType));
        Name = node + "Edge";
        Description = $"A {node} in a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("An opaque cursor: pass it as `after` or `before` to page from this item.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node")
            .Description($"The {node}.")
            .Resolve(context => context.Source.Node);
    }
}

internal sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page is in its list.";
        Field(p => p.HasNextPage).Description("Whether items follow this page.");
        Field(p => p.HasPreviousPage).Description("Whether items precede this page.");
        Field(p => p.StartCursor, nullable: true).Description("The cursor of the page's first item; null for an empty page.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the page's last item; null for an empty page.");
    }
}
