using Icn.Workflows.Runtime;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>Starts several branches at once, one per named outcome.</summary>
public sealed class Fork : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Fork", "Flow", "Starts its branches at once; each branch is an outcome.",
        [InputDescriptor.Names("branches", "The branches' names; each is an outcome to connect.")],
        [],
        OutcomesFromInput: "branches");

    public ValueTask<ActivityResult> RunAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Go([.. context.Names("branches")]));
}
