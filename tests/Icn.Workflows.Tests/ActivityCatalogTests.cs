using Icn.Workflows.Activities;
using Icn.Workflows.Runtime;

namespace Icn.Workflows.Tests;

/// <summary>Activity types are found by scanning assemblies, so a plugin's types join the built-in ones.</summary>
public sealed class ActivityCatalogTests
{
    [Fact]
    public void The_built_in_types_are_found_with_their_descriptors()
    {
        var catalog = new ActivityCatalog([typeof(ActivityCatalog).Assembly]);

        string[] expected = ["ApproveMembership", "CheckFeePaid", "Decision", "Delay", "End", "Fork", "HumanTask", "Join", "Notify", "SetVariable", "Start", "StartWorkflow", "Switch", "Timer", "UpdateApplication", "WaitForSignal"];
        Assert.Equal(expected, catalog.Descriptors.Select(d => d.Type).Order(StringComparer.Ordinal));
        Assert.All(catalog.Descriptors, d => Assert.False(string.IsNullOrWhiteSpace(d.Description)));
        Assert.All(catalog.Descriptors.SelectMany(d => d.Inputs), i => Assert.NotNull(i.Schema));
        Assert.Equal(["true", "false"], catalog.Find("Decision")!.Outcomes);
        Assert.Equal("outcomes", catalog.Find("HumanTask")!.OutcomesFromInput);
    }

    [Fact]
    public void A_type_in_another_assembly_joins_and_a_name_clash_is_refused()
    {
        var catalog = new ActivityCatalog([typeof(ActivityCatalog).Assembly, typeof(RegionalCoSignature).Assembly]);

        Assert.Equal("Regional", catalog.Find("RegionalCoSignature")!.Category);
        var clash = Assert.Throws<InvalidOperationException>(() => new ActivityCatalog([typeof(Icn.Workflows.Activities.BuiltIn.Start), typeof(ClashingStart)]));
        Assert.Contains("'Start'", clash.Message, StringComparison.Ordinal);
    }
}

/// <summary>What a regional plugin would add: a co-signature step before the Board vote.</summary>
public sealed class RegionalCoSignature : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new("RegionalCoSignature", "Regional", "A regional co-signature before the Board vote.", [], ["signed", "refused"]);

    public ValueTask<ActivityResult> RunAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Go("signed"));
}

/// <summary>A second type named like a built-in one (internal, so assembly scans of this test assembly skip it).</summary>
internal sealed class ClashingStart : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new("Start", "Flow", "A second Start.", [], ["done"]);

    public ValueTask<ActivityResult> RunAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Go("done"));
}
