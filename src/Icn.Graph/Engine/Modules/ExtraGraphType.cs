namespace Icn.Graph.Engine.Modules;

/// <summary>A graph type a module asked the schema to hold although no field names it.</summary>
internal sealed record ExtraGraphType(Type GraphType);
