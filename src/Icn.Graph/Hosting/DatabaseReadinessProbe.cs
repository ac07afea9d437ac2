using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Hosting;

/// <summary>
/// Asks the database for an answer (a round trip, not just a pooled connection) every
/// <see cref="HealthOptions.DatabaseCheckInterval"/> and records the outcome in
/// <see cref="DatabaseReadiness"/>. The first check runs before the server starts listening, so
/// a process that can reach its database is ready from its first request on.
/// </summary>
internal sealed partial class DatabaseReadinessProbe(
    IDbContextFactory<IcnDbContext> databases,
    DatabaseReadiness readiness,
    HealthOptions options,
    TimeProvider time,
    ILogger<DatabaseReadinessProbe> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await CheckAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.DatabaseCheckInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await CheckAsync(stoppingToken);
        }
    }

    private async Task CheckAsync(CancellationToken stoppingToken)
    {
        // A check may not outlast the interval: one hanging on a dead server must not hold back the next.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        deadline.CancelAfter(options.DatabaseCheckInterval);
        try
        {
            await using var db = await databases.CreateDbContextAsync(deadline.Token);
            await db.Database.ExecuteSqlRawAsync("SELECT 1", deadline.Token);
            readiness.Succeeded();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: nothing to record.
        }
        catch (Exception exception)
        {
            readiness.Failed("The database did not answer the last check.");
            LogCheckFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database did not answer the readiness check; /health/ready answers 503 until it does")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
