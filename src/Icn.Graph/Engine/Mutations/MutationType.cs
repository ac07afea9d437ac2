using GraphQL.Types;
using Icn.Graph.Engine.Modules;

namespace Icn.Graph.Engine.Mutations;

/// <summary>The root mutation type: the writes every module contributes, in the order of their positions.</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<RootFieldsSlot> slots, IServiceProvider services)
    {
        Name = "Mutation";
        Description = "Changes to the network's data. Each takes one `input` and answers a payload with the changed object and `errors`.";
        RootFields.AddTo(this, RootKind.Mutation, slots, services);
    }
}
