using System.Net;
using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;
using Npgsql;

namespace Icn.Graph.Tests.Hosting;

[Collection(ApiCollection.Name)]
public sealed class HealthTests(ApiFixture api)
{
    [Fact]
    public async Task Live_and_ready_answer_200_when_the_database_answers()
    {
        using var live = await api.GraphQL.Http.GetAsync("/health/live");
        using var ready = await api.GraphQL.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Ready_answers_503_while_live_answers_200_when_the_database_is_unreachable()
    {
        // A port nothing listens on: the API starts (nothing to migrate is asked) but cannot serve data.
        var unreachable = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString) { Port = 1, Timeout = 2 }.ConnectionString;
        await using var factory = new UnreachableDatabaseFactory(unreachable);
        using var client = factory.CreateClient();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    private sealed class UnreachableDatabaseFactory(string connectionString) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Icn", connectionString);
            builder.UseSetting("Database:MigrateOnStart", "false");
            builder.UseSetting("Demo:SeedOnStart", "false");
        }
    }
}
