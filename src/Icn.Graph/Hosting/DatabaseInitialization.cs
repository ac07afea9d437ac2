using Icn.DemoNetwork;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Hosting;

/// <summary>Brings the database up to date before the API serves: migrations, then the demo network if asked for.</summary>
internal static partial class DatabaseInitialization
{
    public static async Task InitializeDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var startup = app.Services.GetRequiredService<IOptions<DatabaseStartupOptions>>().Value;
        var demo = app.Services.GetRequiredService<IOptions<DemoDataOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Icn.Graph.Database");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContextAsync(cancellationToken);

        if (startup.MigrateOnStart)
        {
            // EF Core takes a database lock while migrating, so several processes may start at once.
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            LogMigrating(logger, pending.Count);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (demo.SeedOnStart)
        {
            var referenceDate = demo.ReferenceDate ?? DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            var seeded = await DemoNetworkSeeder.SeedIfEmptyAsync(db, new DemoNetworkOptions(demo.Seed, referenceDate), cancellationToken);
            if (seeded)
            {
                LogSeeded(logger, demo.Seed, referenceDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                LogNotSeeded(logger);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} pending database migration(s)")]
    private static partial void LogMigrating(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote the demo network (seed {Seed}, reference date {ReferenceDate})")]
    private static partial void LogSeeded(ILogger logger, int seed, string referenceDate);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database already holds a network; demo data left as it is")]
    private static partial void LogNotSeeded(ILogger logger);
}
