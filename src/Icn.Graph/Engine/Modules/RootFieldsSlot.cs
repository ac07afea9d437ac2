namespace Icn.Graph.Engine.Modules;

/// <summary>Where a module's root fields go: the root type and the position they are printed at.</summary>
internal sealed record RootFieldsSlot(RootKind Root, int Position, Type FieldsType);

/// <summary>The root types a module adds fields to.</summary>
internal enum RootKind
{
    Query,
    Mutation,
}
