using Npgsql;

namespace Icn.Testing;

/// <summary>
/// Databases for tests on the PostgreSQL server that ./icn test starts (ICN_TEST_DATABASE). Each
/// fixture gets a database of its own, created empty and dropped afterwards.
/// </summary>
public static class TestDatabase
{
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ICN_TEST_DATABASE") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "ICN_TEST_DATABASE is not set. Run the tests with ./icn test, which starts a throwaway PostgreSQL, or point ICN_TEST_DATABASE at a server you own.");

    public static string NewDatabaseConnectionString(string purpose) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString)
        {
            Database = $"icn_{purpose}_{Guid.NewGuid():N}"[..40],
        }.ConnectionString;

    public static async Task DropAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
