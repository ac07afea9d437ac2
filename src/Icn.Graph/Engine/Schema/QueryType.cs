using GraphQL.Types;
using Icn.Graph.Engine.Modules;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Engine.Schema;

/// <summary>The root query type: the fields every module contributes, in the order of their positions.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<RootFieldsSlot> slots, IServiceProvider services)
    {
        Name = "Query";
        Description = "The network's data: clusters, their members, opportunities, events and knowledge articles.";
        RootFields.AddTo(this, RootKind.Query, slots, services);
    }
}
