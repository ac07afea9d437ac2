using Icn.Workflows.Runtime;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>Where every instance begins; exactly one per definition.</summary>
public sealed class Start : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new("Start", "Flow", "Where the workflow begins.", [], ["done"]) { IsStart = true };

    public ValueTask<ActivityResult> RunAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Go("done"));

    /// <summary>An instance started by StartWorkflow waits at its Start on a timer due at once.</summary>
    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        context.Journal("Started in the background.");
        return ValueTask.FromResult(ActivityResult.Go("done"));
    }
}
