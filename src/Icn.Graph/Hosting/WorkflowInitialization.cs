using Icn.Domain.Persistence;
using Icn.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Hosting;

/// <summary>At start, the workflow definitions that ship with the code and plugins are published where absent.</summary>
internal static partial class WorkflowInitialization
{
    public static async Task PublishShippedWorkflowsAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var shipped = ShippedDefinitions.Read([typeof(ShippedDefinitions).Assembly, .. AppDomain.CurrentDomain.GetAssemblies()]);
        var published = await ShippedDefinitions.PublishMissingAsync(
            app.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>(),
            shipped,
            app.Services.GetRequiredService<DefinitionValidator>(),
            app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            cancellationToken);
        LogShipped(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Icn.Graph.Workflows"), shipped.Count, published.Count, string.Join(", ", published));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Shipped workflow definitions: {Shipped}; published now: {Published} {Ids}")]
    private static partial void LogShipped(ILogger logger, int shipped, int published, string ids);
}
