namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>Waits for a duration.</summary>
public sealed class Delay : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Delay", "Time", "Waits for a duration (ISO 8601, e.g. P14D or PT2H) before going on.",
        [InputDescriptor.Text("duration", "How long to wait, ISO 8601 (P14D, PT2H).", required: true)],
        ["done"]);
}
