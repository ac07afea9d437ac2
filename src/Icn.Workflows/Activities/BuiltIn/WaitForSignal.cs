namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>Waits for a named signal with a correlation key (e.g. an applicant's answer to an application).</summary>
public sealed class WaitForSignal : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "WaitForSignal", "Events", "Waits for a named signal carrying a correlation key, e.g. 'information-provided' for an application.",
        [
            InputDescriptor.Text("signal", "The signal's name.", required: true),
            InputDescriptor.Text("correlation", "The key that picks this instance, e.g. the application's id.", required: true),
        ],
        ["done"]);
}
