using Icn.Domain.Persistence;
using Icn.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Icn.Graph.Hosting;

/// <summary>
/// At start, the workflow definitions that ship with the code and plugins are published where absent.
/// When the database cannot be reached, the API still starts (its readiness says it is not ready) and
/// tries again in the background until it succeeds.
/// </summary>
internal static partial class WorkflowInitialization
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(10);

    public static async Task PublishShippedWorkflowsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Icn.Graph.Workflows");
        try
        {
            await PublishAsync(app, logger, cancellationToken);
        }
        catch (Exception error) when (IsUnreachable(error))
        {
            LogUnreachable(logger, RetryInterval.TotalSeconds, error.GetBaseException().Message);
            _ = RetryAsync(app, logger, app.Lifetime.ApplicationStopping);
        }
    }

    private static async Task RetryAsync(WebApplication app, ILogger logger, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RetryInterval, stopping);
                await PublishAsync(app, logger, stopping);
                return;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception error) when (IsUnreachable(error))
            {
                LogUnreachable(logger, RetryInterval.TotalSeconds, error.GetBaseException().Message);
            }
        }
    }

    private static async Task PublishAsync(WebApplication app, ILogger logger, CancellationToken cancellationToken)
    {
        var shipped = ShippedDefinitions.Read([typeof(ShippedDefinitions).Assembly, .. AppDomain.CurrentDomain.GetAssemblies()]);
        var published = await ShippedDefinitions.PublishShippedAsync(
            app.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>(),
            shipped,
            app.Services.GetRequiredService<DefinitionValidator>(),
            app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            cancellationToken);
        LogShipped(logger, shipped.Count, published.Count, string.Join(", ", published));
    }

    /// <summary>The database could not be reached (not: it answered with an error, which is a bug to surface).</summary>
    private static bool IsUnreachable(Exception error) =>
        error.GetBaseException() is System.Net.Sockets.SocketException or TimeoutException
        || (error is NpgsqlException and not PostgresException)
        || (error.InnerException is { } inner && IsUnreachable(inner));

    [LoggerMessage(Level = LogLevel.Information, Message = "Shipped workflow definitions: {Shipped}; published now: {Published} {Ids}")]
    private static partial void LogShipped(ILogger logger, int shipped, int published, string ids);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database cannot be reached to publish the shipped workflow definitions; trying again every {Seconds} s: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, double seconds, string reason);
}
