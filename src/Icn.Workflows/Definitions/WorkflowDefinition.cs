namespace Icn.Workflows.Definitions;

/// <summary>
/// A workflow as data: the JSON document the designer saves, the repository ships and the runtime
/// runs. A version is immutable once published; instances keep the version they started on.
/// </summary>
public sealed record WorkflowDefinition
{
    /// <summary>Stable across versions, e.g. "membership-application".</summary>
    public required string DefinitionId { get; init; }

    public int Version { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];

    public IReadOnlyList<ActivityNode> Activities { get; init; } = [];

    public IReadOnlyList<Connection> Connections { get; init; } = [];
}
