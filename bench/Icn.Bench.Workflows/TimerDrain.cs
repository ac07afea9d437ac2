using Icn.Workflows.Runtime;

namespace Icn.Bench.Workflows;

/// <summary>
/// What a process's timer worker does when much is due: several loops, each calling
/// <see cref="WorkflowRuntime.FireDueTimersAsync"/> in batches as the API's worker does, until a
/// call finds nothing left to claim. Answers how many this process fired.
/// </summary>
internal static class TimerDrain
{
    /// <summary>The API's timer worker asks for this many per call.</summary>
    private const int BatchSize = 100;

    public static async Task<int> RunAsync(WorkflowRuntime runtime, int loops, CancellationToken cancellationToken)
    {
        var fired = await Task.WhenAll(Enumerable.Range(0, loops).Select(async _ =>
        {
            var total = 0;
            int batch;
            do
            {
                batch = await runtime.FireDueTimersAsync(BatchSize, cancellationToken);
                total += batch;
            }
            while (batch == BatchSize);
            return total;
        }));
        return fired.Sum();
    }
}
