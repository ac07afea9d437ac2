using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Icn.Graph.Tests.Applications.Erasure;

/// <summary>
/// Searches every table of the database's public schema for a text, each row read as text (JSON
/// decoded, every column), so that a copy in a table nobody thought of is found too.
/// </summary>
internal static class EveryTable
{
    /// <summary>The tables whose rows hold <paramref name="needle"/> (case ignored), with how many rows each.</summary>
    public static async Task<Dictionary<string, long>> HitsAsync(IcnDbContext db, string needle)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("outbox_messages", tables);
        var hits = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\" AS t WHERE t::text ILIKE '%' || @needle || '%'", connection);
            count.Parameters.AddWithValue("needle", needle);
            if ((long)(await count.ExecuteScalarAsync())! is > 0 and var found)
            {
                hits[table] = found;
            }
        }

        return hits;
    }
}
