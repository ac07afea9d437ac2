using System.Diagnostics;
using System.Net;
using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;
using Npgsql;

namespace Icn.Graph.Tests.Hosting;

/// <summary>
/// /health/ready answers from what a background check found a moment ago: polling it costs the
/// database nothing, and it turns 503 within a few seconds of the database going away, and back.
/// </summary>
public sealed class ReadinessTests() : OwnApiTests(
    "ready",
    settings: new()
    {
        ["Health:DatabaseCheckInterval"] = "00:00:01",
        ["Health:DatabaseStaleAfter"] = "00:00:03",
    })
{
    private string Database => new NpgsqlConnectionStringBuilder(Factory.ConnectionString).Database!;

    [Fact]
    public async Task A_hundred_readiness_polls_open_no_database_connection_of_their_own()
    {
        using var client = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        using var opened = new ConnectionOpenCounter(Database);
        var clock = Stopwatch.StartNew();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 100; i++)
        {
            using var ready = await client.GetAsync("/health/ready");
            statuses.Add(ready.StatusCode);
        }

        // Only the background check (once a second) opens connections meanwhile.
        var backgroundChecks = (int)Math.Ceiling(clock.Elapsed.TotalSeconds) + 1;
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.InRange(opened.Count, 0, backgroundChecks);

        // The counter does see connections: the background check's next one.
        var before = opened.Count;
        await Eventually.TrueAsync(() => opened.Count > before, "the background check's connection");
    }

    [Fact]
    public async Task Ready_turns_503_when_the_database_refuses_connections_and_200_when_it_is_back()
    {
        using var client = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        try
        {
            await ServerAsync($"ALTER DATABASE \"{Database}\" WITH ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{Database}';");
            await Eventually.ValueAsync(async () => (await client.GetAsync("/health/ready")).StatusCode, status => status == HttpStatusCode.ServiceUnavailable, "503 from /health/ready");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            await ServerAsync($"ALTER DATABASE \"{Database}\" WITH ALLOW_CONNECTIONS true;");
        }

        await Eventually.ValueAsync(async () => (await client.GetAsync("/health/ready")).StatusCode, status => status == HttpStatusCode.OK, "200 from /health/ready again");
    }

    private static async Task ServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
