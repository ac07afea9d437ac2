using Icn.Workflows.Runtime;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>Waits for all, or the first, of the branches that reach it; on "any" the others are cancelled.</summary>
public sealed class Join : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Join", "Flow", "Waits for all (or the first) of the branches reaching it; on 'any' the other branches are cancelled with their open tasks.",
        [InputDescriptor.Choice("mode", "'all' (default) or 'any'.", false, "all", "any")],
        ["done"]);

    /// <summary>The runtime holds branches at a join and runs it once they are in; running it just goes on.</summary>
    public ValueTask<ActivityResult> RunAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Go("done"));
}
