using Icn.Domain.Persistence;
using Icn.Graph.Outbox;

namespace Icn.Graph.Hosting;

internal static class DatabaseServiceCollectionExtensions
{
    public const string ConnectionStringName = "Icn";

    /// <summary>
    /// The domain's registration (<see cref="DomainServiceCollectionExtensions.AddIcnDomain"/>) on the
    /// configured connection string, with what only the API adds: the outbox's wake-up on commit
    /// (when the outbox is registered) and the start-up options for migrations and demo data.
    /// </summary>
    public static IServiceCollection AddIcnDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No database is configured: set ConnectionStrings__{ConnectionStringName} (./icn run starts a local PostgreSQL and sets it for you).");
        }

        services.AddIcnDomain(connectionString, sp => sp.GetService<OutboxCommitWatch>()?.Interceptors ?? []);
        services.AddOptions<DatabaseStartupOptions>().Bind(configuration.GetSection(DatabaseStartupOptions.Section));
        services.AddOptions<DemoDataOptions>().Bind(configuration.GetSection(DemoDataOptions.Section));
        return services;
    }
}
