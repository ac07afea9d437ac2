using Icn.Graph.Hosting;
using Icn.Workflows;
using Icn.Workflows.Runtime;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Workflows.Hosting;

/// <summary>
/// Fires due workflow timers in the background: <see cref="WorkflowOptions.TimerWorkers"/> loops,
/// each firing what is due and then sleeping for the poll interval. Claims are
/// <c>SKIP LOCKED</c>, so the loops of every process share the work without firing a timer twice.
/// It stays in the host, beside the other workers on <see cref="PollingLoop"/>; the runtime it
/// drives is the one <c>AddIcnWorkflows</c> registers.
/// </summary>
internal sealed partial class WorkflowTimerWorker(WorkflowRuntime runtime, IOptions<WorkflowOptions> options, ILogger<WorkflowTimerWorker> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.RunTimers
            ? Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.TimerWorkers)).Select(_ => PollingLoop.RunAsync(
                async cancellationToken => await runtime.FireDueTimersAsync(BatchSize, cancellationToken) == BatchSize,
                options.Value.TimerPollInterval,
                // A lost connection or a restarting database: the timers stay due and are fired next time.
                error => LogFailed(logger, error),
                stoppingToken)))
            : Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Firing workflow timers failed; trying again at the next poll.")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
