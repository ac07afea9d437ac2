namespace Icn.Workflows.Activities;

/// <summary>
/// What the designer and the validator know of an activity type: its name, category, description,
/// inputs and outcomes. Some types take their outcomes from an input (a Switch's cases, a Fork's
/// branches, a HumanTask's choices): <see cref="OutcomesFromInput"/> names it.
/// </summary>
public sealed record ActivityDescriptor(
    string Type,
    string Category,
    string Description,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<string> Outcomes,
    string? OutcomesFromInput = null)
{
    /// <summary>True for the activity every definition starts from.</summary>
    public bool IsStart { get; init; }

    /// <summary>True for activities that end a branch: nothing may follow them.</summary>
    public bool IsEnd { get; init; }
}
