using Icn.Graph.Hosting;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Membership.Retention;

/// <summary>Runs <see cref="ApplicantContactRetention"/> at each sweep interval, from the start.</summary>
internal sealed partial class ApplicantContactRetentionWorker(
    ApplicantContactRetention retention, IOptions<ApplicantContactRetentionOptions> options, ILogger<ApplicantContactRetentionWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.EraseExpiredContacts
            ? PollingLoop.RunAsync(SweepAsync, options.Value.SweepInterval, error => LogFailed(logger, error), stoppingToken)
            : Task.CompletedTask;

    /// <summary>One sweep erases everything due, in batches, so the next one waits for the interval.</summary>
    private async Task<bool> SweepAsync(CancellationToken cancellationToken)
    {
        if (await retention.SweepAsync(cancellationToken) is > 0 and var erased)
        {
            LogErased(logger, erased);
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased the contact details of {Count} application(s) past their retention.")]
    private static partial void LogErased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Erasing expired applicant contact details failed; trying again at the next sweep.")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
