using Icn.Workflows.Runtime;

namespace Icn.Workflows.Activities;

/// <summary>
/// An activity type: its descriptor and how it runs. The runtime's own are in this assembly; a
/// module (or a regional plugin's) adds its own with INetworkModuleBuilder.AddActivity, without
/// touching the runtime. One instance serves every execution: keep no state in fields;
/// what must survive a wait goes in the bookmark's data or the workflow's variables.
/// </summary>
public interface IActivityType
{
    ActivityDescriptor Descriptor { get; }

    /// <summary>Runs the activity: go on by outcomes, or make bookmarks and wait.</summary>
    ValueTask<ActivityResult> RunAsync(ActivityContext context);

    /// <summary>Wakes the activity from a bookmark it made. By default it goes on by "done".</summary>
    ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption) =>
        ValueTask.FromResult(ActivityResult.Go("done"));
}
