using System.Collections.Concurrent;
using Icn.Workflows.Activities;
using Icn.Workflows.Runtime;

namespace Icn.Workflows.Tests.Runtime;

/// <summary>
/// A plugin's activity (found by the catalog's scan of this assembly) that throws while its key has
/// failures left: a stand-in for a step whose service is down, then back.
/// </summary>
public sealed class Flaky : IActivityType
{
    private static readonly ConcurrentDictionary<string, int> FailuresLeft = new();

    public ActivityDescriptor Descriptor { get; } = new("Flaky", "Tests", "Fails while its key has failures left.", [InputDescriptor.Text("key", "Which failures to count.", required: true)], ["done"]);

    public static void FailTimes(string key, int times) => FailuresLeft[key] = times;

    public ValueTask<ActivityResult> RunAsync(ActivityContext context)
    {
        var key = context.RequiredText("key");
        if (FailuresLeft.TryGetValue(key, out var left) && left > 0 && FailuresLeft.TryUpdate(key, left - 1, left))
        {
            throw new InvalidOperationException($"The service behind '{key}' is down.");
        }

        return ValueTask.FromResult(ActivityResult.Go("done"));
    }
}
