using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Icn.Domain.Persistence;

/// <summary>How every process of ours configures its connection to the network's database.</summary>
public static class IcnDatabase
{
    public static TBuilder UseIcnDatabase<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options
            .UseNpgsql(WithoutSessionReset(connectionString), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
        return options;
    }

    /// <summary>
    /// Pooled connections are not reset when they go back to the pool, unless the connection string
    /// says otherwise. Npgsql's reset (seven statements: RESET ALL, CLOSE ALL, UNLISTEN, advisory
    /// unlock, DISCARD ...) is sent with the next command and cost PostgreSQL about as much as the
    /// website listing's query itself. Nothing of ours keeps session state: locks are
    /// transaction-scoped (FOR UPDATE, pg_advisory_xact_lock), settings are never changed per session,
    /// and an open transaction is still rolled back when a connection is closed
    /// (docs/decisions/0005-what-postgresql-does-per-answer.md).
    /// </summary>
    internal static string WithoutSessionReset(string connectionString)
    {
        // Npgsql's own builder answers ContainsKey for any keyword it knows, given or not: the plain one tells.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals(nameof(NpgsqlConnectionStringBuilder.NoResetOnClose), StringComparison.OrdinalIgnoreCase));
        return given ? connectionString : new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
    }
}
