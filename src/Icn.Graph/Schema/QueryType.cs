using GraphQL.Types;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Schema;

/// <summary>The root query type: the fields every area contributes, in a stable order.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> areas)
    {
        Name = "Query";
        Description = "The network's data: clusters, their members, opportunities, events and knowledge articles.";
        foreach (var area in areas)
        {
            area.AddTo(this);
        }
    }
}
