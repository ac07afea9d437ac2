using GraphQL.Types;

namespace Icn.Graph.Search;

internal sealed class SearchResultEdgeGraphType : ObjectGraphType<SearchEdge>
{
    public SearchResultEdgeGraphType()
    {
        Name = "SearchResultEdge";
        Description = "A search result in a page, with its cursor and rank.";
        Field(e => e.Cursor).Description("An opaque cursor: pass it as `after` or `before` to page from this result.");
        Field<NonNullGraphType<SearchResultInterface>>("node").Description("What was found.").Resolve(context => context.Source.Node);
        Field(e => e.Rank).Description("How well it matches; higher is better. Comparable within one search only.");
    }
}
