using System.Net.Http.Headers;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Hardening;

/// <summary>A flood of made-up credentials from one address is refused before any credential is looked up.</summary>
public sealed class AddressFloodTests() : OwnApiTests(
    "flood", settings: new() { ["RateLimits:AddressPerMinute"] = "3" })
{
    [Fact]
    public async Task Made_up_keys_past_the_address_allowance_get_429_without_a_lookup()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", "icn_abcdefgh_" + new string('x', 43));
        var graphQL = new GraphQLClient(client);
        var refused = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            refused.Add((await graphQL.PostAsync("{ regions { name } }")).Status);
        }

        using var counter = new SqlCommandCounter(new Npgsql.NpgsqlConnectionStringBuilder(Factory.ConnectionString).Database!);
        var flooded = await graphQL.PostAsync("{ regions { name } }");

        Assert.Equal([401, 401, 401], refused);
        Assert.Equal((429, "RATE_LIMITED"), (flooded.Status, flooded.FirstErrorCode));
        Assert.Equal(0, counter.Count);
    }
}
