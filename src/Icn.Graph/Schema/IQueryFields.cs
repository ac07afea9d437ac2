using GraphQL.Types;

namespace Icn.Graph.Schema;

/// <summary>An area's root query fields. Each area adds its own, so the Query type is composed, not edited.</summary>
internal interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}
