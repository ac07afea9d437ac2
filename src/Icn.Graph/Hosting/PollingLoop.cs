namespace Icn.Graph.Hosting;

/// <summary>
/// The loop of a background worker that polls the database: run a step, sleep for the interval,
/// until the host stops. A step that reports more work goes again at once; a step that fails (a
/// database not reachable yet, or restarting) is reported and tried again after the interval.
/// </summary>
internal static class PollingLoop
{
    /// <param name="step">Answers true when it left work for an immediate next round (a full batch).</param>
    public static async Task RunAsync(Func<CancellationToken, Task<bool>> step, TimeSpan interval, Action<Exception> failed, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await step(stoppingToken))
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                failed(error);
            }

            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
