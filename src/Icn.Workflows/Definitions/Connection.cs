namespace Icn.Workflows.Definitions;

/// <summary>An arrow of the flowchart: from an activity's named outcome port to the activity that runs next.</summary>
public sealed record Connection(string From, string Outcome, string To);
