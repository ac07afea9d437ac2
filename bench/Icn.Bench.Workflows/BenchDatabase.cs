using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Icn.Bench.Workflows;

/// <summary>The bench's own database: made afresh (dropped first when a previous run left it) and migrated.</summary>
internal static class BenchDatabase
{
    public static async Task CreateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? throw new ArgumentException("The connection string names no database.");
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var db = new IcnDbContext(new DbContextOptionsBuilder<IcnDbContext>().UseIcnDatabase(connectionString).Options);
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// The server's durability settings, reported with the numbers: journal rows per second with
    /// synchronous_commit or fsync off would measure memory, not commits.
    /// </summary>
    public static async Task<(string SynchronousCommit, string Fsync)> DurabilityAsync(IcnDbContext db, CancellationToken cancellationToken)
    {
        var synchronousCommit = await db.Database.SqlQuery<string>($"SELECT current_setting('synchronous_commit') AS \"Value\"").SingleAsync(cancellationToken);
        var fsync = await db.Database.SqlQuery<string>($"SELECT current_setting('fsync') AS \"Value\"").SingleAsync(cancellationToken);
        return (synchronousCommit, fsync);
    }
}
