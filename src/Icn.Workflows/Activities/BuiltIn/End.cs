using Icn.Workflows.Runtime;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>Ends the branch that reaches it; the instance completes when no branch is left.</summary>
public sealed class End : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new("End", "Flow", "Ends this branch; the workflow completes when no branch is left.", [], []) { IsEnd = true };

    public ValueTask<ActivityResult> RunAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.EndBranch);
}
