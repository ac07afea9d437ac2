using GraphQL.Types;

namespace Icn.Graph.Mutations;

/// <summary>An area's mutations. Each area adds its own, so the Mutation type is composed, not edited.</summary>
internal interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}
