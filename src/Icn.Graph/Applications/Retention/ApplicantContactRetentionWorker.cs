using Microsoft.Extensions.Options;

namespace Icn.Graph.Applications.Retention;

/// <summary>Runs <see cref="ApplicantContactRetention"/> at each sweep interval, from the start.</summary>
internal sealed partial class ApplicantContactRetentionWorker(
    ApplicantContactRetention retention, IOptions<ApplicantContactRetentionOptions> options, ILogger<ApplicantContactRetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.EraseExpiredContacts)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await retention.SweepAsync(stoppingToken) is > 0 and var erased)
                {
                    LogErased(logger, erased);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // A database that is not reachable yet, or restarting: the next sweep erases what is still due.
                LogFailed(logger, error);
            }

            try
            {
                await Task.Delay(options.Value.SweepInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased the contact details of {Count} application(s) past their retention.")]
    private static partial void LogErased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Erasing expired applicant contact details failed; trying again at the next sweep.")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
