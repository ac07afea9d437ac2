using Icn.Workflows.Runtime;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>Waits for a duration.</summary>
public sealed class Delay : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Delay", "Time", "Waits for a duration (ISO 8601, e.g. P14D or PT2H) before going on.",
        [InputDescriptor.Text("duration", "How long to wait, ISO 8601 (P14D, PT2H).", required: true)],
        ["done"]);

    public ValueTask<ActivityResult> RunAsync(ActivityContext context)
    {
        var duration = context.Duration("duration") ?? throw new WorkflowFault($"'{context.Activity.Id}': the input 'duration' is empty.");
        var due = context.Now + duration;
        context.Bookmark(Icn.Domain.Workflows.BookmarkKind.Timer, dueAt: due);
        context.Journal($"Until {due:O}.");
        return ValueTask.FromResult(ActivityResult.Wait);
    }
}
