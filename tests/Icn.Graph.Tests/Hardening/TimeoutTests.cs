using GraphQL;
using GraphQL.Types;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Icn.Graph.Tests.Hardening;

/// <summary>The execution timeout answers TIMEOUT and cancels the SQL that was running, in PostgreSQL itself.</summary>
public sealed class TimeoutTests() : OwnApiTests(
    "timeout",
    services: services => services.AddTestQueryFields<SlowQueryFields>(),
    settings: new() { ["GraphQL:Limits:ExecutionTimeout"] = "00:00:01" })
{
    [Fact]
    public async Task A_slow_query_is_cancelled_in_the_database_and_answered_as_a_timeout()
    {
        var client = new GraphQLClient(Factory.CreateClient());
        var started = DateTime.UtcNow;

        var response = await client.PostAsync("{ slowForTests }");

        Assert.Equal((504, "TIMEOUT"), (response.Status, response.FirstErrorCode));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        Assert.Equal(0, await RunningSleepsAsync());
        Assert.Empty((await client.PostAsync("{ regions { name } }")).Errors);
    }

    private async Task<long> RunningSleepsAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        for (var attempt = 0; ; attempt++)
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%pg_sleep(60)%' AND pid <> pg_backend_pid()", connection);
            var running = (long)(await command.ExecuteScalarAsync())!;
            if (running == 0 || attempt == 20)
            {
                return running;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>A field that only this test's API has: one SQL statement that sleeps for a minute.</summary>
    private sealed class SlowQueryFields : IQueryFields
    {
        public void AddTo(ObjectGraphType query) =>
            query.Field<IntGraphType>("slowForTests")
                .Description("Sleeps in PostgreSQL for a minute.")
                .ResolveAsync(async context => await context.QueryAsync((db, _, cancellationToken) =>
                    db.Database.ExecuteSqlRawAsync("SELECT pg_sleep(60)", cancellationToken)));
    }
}
