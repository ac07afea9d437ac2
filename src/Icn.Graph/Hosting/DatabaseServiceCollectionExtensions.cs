using Icn.Domain.Persistence;
using Icn.Graph.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Icn.Graph.Hosting;

internal static class DatabaseServiceCollectionExtensions
{
    public const string ConnectionStringName = "Icn";

    /// <summary>
    /// A pooled DbContext factory: resolvers run in parallel, so each creates a short-lived context
    /// of its own from the pool instead of sharing one per request.
    /// </summary>
    public static IServiceCollection AddIcnDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No database is configured: set ConnectionStrings__{ConnectionStringName} (./icn run starts a local PostgreSQL and sets it for you).");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddPooledDbContextFactory<IcnDbContext>((sp, options) => options
            .UseIcnDatabase(connectionString)
            .AddInterceptors(new AuditInterceptor(sp.GetRequiredService<TimeProvider>()))
            .AddInterceptors(sp.GetService<OutboxCommitWatch>()?.Interceptors ?? []));
        services.AddOptions<DatabaseStartupOptions>().Bind(configuration.GetSection(DatabaseStartupOptions.Section));
        services.AddOptions<DemoDataOptions>().Bind(configuration.GetSection(DemoDataOptions.Section));
        return services;
    }
}
