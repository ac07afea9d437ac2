using System.Data.Common;
using Icn.Domain.Persistence;
using Icn.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Hosting;

/// <summary>At start, the workflow definitions that ship with the code and plugins are published where absent.</summary>
internal static partial class WorkflowInitialization
{
    public static async Task PublishShippedWorkflowsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Icn.Graph.Workflows");
        var shipped = ShippedDefinitions.Read([typeof(ShippedDefinitions).Assembly, .. AppDomain.CurrentDomain.GetAssemblies()]);
        try
        {
            var published = await ShippedDefinitions.PublishMissingAsync(
                app.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>(),
                shipped,
                app.Services.GetRequiredService<DefinitionValidator>(),
                app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
                cancellationToken);
            LogShipped(logger, shipped.Count, published.Count, string.Join(", ", published));
        }
        catch (Exception exception) when (IsDatabaseFault(exception))
        {
            // The API still starts without its database (health/ready then says 503, and it recovers
            // when the database comes back); the definitions are published at the next start. A
            // shipped definition that does not validate is no database fault and still stops the start.
            LogNotPublished(logger, exception, shipped.Count);
        }
    }

    private static bool IsDatabaseFault(Exception? exception) =>
        exception is not null && (exception is DbException || IsDatabaseFault(exception.InnerException));

    [LoggerMessage(Level = LogLevel.Information, Message = "Shipped workflow definitions: {Shipped}; published now: {Published} {Ids}")]
    private static partial void LogShipped(ILogger logger, int shipped, int published, string ids);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Shipped} shipped workflow definitions could not be published: the database is unreachable or not ready. They are published at the next start.")]
    private static partial void LogNotPublished(ILogger logger, Exception exception, int shipped);
}
