using GraphQL.Types;

namespace Icn.GraphQL.Schema;

/// <summary>An area's root query fields. Each area adds its own, so the Query type is composed, not edited.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}
