using Microsoft.EntityFrameworkCore;

namespace Icn.Domain.Persistence;

/// <summary>How every process of ours configures its connection to the network's database.</summary>
public static class IcnDatabase
{
    public static TBuilder UseIcnDatabase<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
        return options;
    }
}
