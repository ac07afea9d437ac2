using Icn.Domain.Workflows;
using Icn.Workflows.Runtime;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>Waits for a named signal with a correlation key (e.g. an applicant's answer to an application).</summary>
public sealed class WaitForSignal : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "WaitForSignal", "Events", "Waits for a named signal carrying a correlation key, e.g. 'information-provided' for an application.",
        [
            InputDescriptor.Text("signal", "The signal's name.", required: true),
            InputDescriptor.Text("correlation", "The key that picks this instance, e.g. the application's id.", required: true),
            new InputDescriptor("variable", "A variable the definition declares, to receive the signal's payload.", new System.Text.Json.Nodes.JsonObject { ["type"] = "string" }, AcceptsExpression: false),
        ],
        ["done"]);

    public ValueTask<ActivityResult> RunAsync(ActivityContext context)
    {
        var key = WorkflowRuntime.SignalKey(context.RequiredText("signal"), context.RequiredText("correlation"));
        context.Bookmark(BookmarkKind.Signal, key);
        context.Journal($"Waits for {key}.");
        return ValueTask.FromResult(ActivityResult.Wait);
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        if (context.Text("variable") is { Length: > 0 } variable)
        {
            context.Variables[variable] = resumption.Payload.DeepClone();
        }

        return ValueTask.FromResult(ActivityResult.Go("done"));
    }
}
