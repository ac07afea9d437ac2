using GraphQL.Types;

namespace Icn.Plugins;

/// <summary>A module's fields on a root type (Query or Mutation): the root type is composed, never edited.</summary>
public interface IRootFields
{
    void AddTo(ObjectGraphType root);
}
