namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>Waits for a moment, or for the next occurrence of a cron schedule.</summary>
public sealed class Timer : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Timer", "Time", "Waits until a moment (`at`, ISO 8601 with offset) or the next occurrence of a cron schedule (`cron`, with `timeZone`).",
        [
            InputDescriptor.Text("at", "The moment to go on, e.g. 2027-01-15T09:00:00Z."),
            InputDescriptor.Text("cron", "A cron schedule (five fields), e.g. \"0 9 1 * *\"."),
            InputDescriptor.Text("timeZone", "The IANA time zone of the cron schedule; UTC when absent."),
        ],
        ["done"]);
}
