using Icn.Workflows.Runtime;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>Follows "true" or "false" by a JavaScript condition.</summary>
public sealed class Decision : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Decision", "Flow", "Goes on by 'true' or 'false' as its condition says.",
        [InputDescriptor.Condition("condition", "A JavaScript expression over `variables` and `input`.")],
        ["true", "false"]);

    public ValueTask<ActivityResult> RunAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Go(Truthiness.Of(context.Value("condition")) ? "true" : "false"));
}
