using GraphQL.Types;

namespace Icn.Graph.Mutations;

/// <summary>The root mutation type: the writes every area contributes, in a stable order.</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> areas)
    {
        Name = "Mutation";
        Description = "Changes to the network's data. Each takes one `input` and answers a payload with the changed object and `errors`.";
        foreach (var area in areas)
        {
            area.AddTo(this);
        }
    }
}
