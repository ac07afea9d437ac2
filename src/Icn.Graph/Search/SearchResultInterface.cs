using GraphQL.Types;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;

namespace Icn.Graph.Search;

/// <summary>What <c>search</c> finds: clusters, members, opportunities, events and articles.</summary>
internal sealed class SearchResultInterface : InterfaceGraphType
{
    public SearchResultInterface()
    {
        Name = "SearchResult";
        Description = "Something `search` can find: a Cluster, Member, Opportunity, Event or Article.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object's opaque global id.");
        Interface<NodeInterface>();
    }
}
