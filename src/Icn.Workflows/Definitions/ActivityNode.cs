namespace Icn.Workflows.Definitions;

/// <summary>One activity of a definition: its id in the flowchart, its type, its inputs and where the designer draws it.</summary>
public sealed record ActivityNode
{
    public required string Id { get; init; }

    /// <summary>An activity type name from the catalog, e.g. "HumanTask".</summary>
    public required string Type { get; init; }

    public string? DisplayName { get; init; }

    public IReadOnlyDictionary<string, InputValue> Inputs { get; init; } = new Dictionary<string, InputValue>();

    public DesignerPosition? Position { get; init; }
}

/// <summary>Where the designer draws an activity, in canvas units.</summary>
public sealed record DesignerPosition(double X, double Y);
