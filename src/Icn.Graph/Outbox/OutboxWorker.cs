namespace Icn.Graph.Outbox;

/// <summary>
/// The hosted loop around <see cref="OutboxDelivery"/>: a pass, then a wait of the poll interval or
/// until woken, until the host stops. A failing pass (the database away, say) is logged and tried
/// again at the next poll: the worker never takes the process down.
/// </summary>
internal sealed partial class OutboxWorker(
    OutboxDelivery delivery,
    OutboxWakeUp wakeUp,
    OutboxOptions options,
    TimeProvider time,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = wakeUp.Next;
            var batchWasFull = false;
            try
            {
                var pass = await delivery.DeliverDueAsync(stoppingToken);
                batchWasFull = pass.Claimed >= options.BatchSize;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogPassFailed(logger, exception);
            }

            // A full batch means more may be waiting: go on at once instead of a poll later.
            if (!batchWasFull)
            {
                await WaitAsync(woken, stoppingToken);
            }
        }
    }

    private async Task WaitAsync(Task woken, CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var poll = Task.Delay(options.PollInterval, time, wait.Token);
        await Task.WhenAny(poll, woken);
        await wait.CancelAsync();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox delivery pass failed; trying again at the next poll")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
