using GraphQL.Types;
using Icn.GraphQL.Schema;
using Icn.Plugins;

namespace Icn.Graph.Engine.Modules;

/// <summary>Adds the modules' fields to a root type in the order of their positions.</summary>
internal static class RootFields
{
    public static void AddTo(ObjectGraphType root, RootKind kind, IEnumerable<RootFieldsSlot> slots, IServiceProvider services)
    {
        foreach (var slot in slots.Where(s => s.Root == kind).OrderBy(s => s.Position))
        {
            ((IRootFields)services.GetRequiredService(slot.FieldsType)).AddTo(root);
        }
    }
}
