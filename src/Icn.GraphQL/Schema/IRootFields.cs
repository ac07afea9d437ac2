using GraphQL.Types;

namespace Icn.GraphQL.Schema;

/// <summary>One part's fields on a root type (Query or Mutation): the root type is composed from its parts, never edited.</summary>
public interface IRootFields
{
    void AddTo(ObjectGraphType root);
}
