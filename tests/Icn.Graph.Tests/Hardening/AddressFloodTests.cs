using System.Net.Http.Headers;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Hardening;

/// <summary>A flood of made-up credentials from one address is refused before any credential is looked up.</summary>
public sealed class AddressFloodTests() : OwnApiTests(
    "flood",
    services: TrustedTestProxy.AddTo,
    settings: new() { ["RateLimits:AddressPerMinute"] = "3", [TrustedTestProxy.Setting.Key] = TrustedTestProxy.Setting.Value })
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

    [Fact]
    public async Task An_IPv6_flood_counts_by_its_64_and_an_IPv4_mapped_address_as_its_IPv4_address()
    {
        var statuses = new List<int>();
        foreach (var address in new[] { "2001:db8:9:9::1", "2001:db8:9:9::2", "2001:db8:9:9:a:b:c:d", "2001:db8:9:9::3", "2001:db8:9:a::1" })
        {
            statuses.Add((await new GraphQLClient(TrustedTestProxy.ClientAt(Factory, address)).PostAsync("{ regions { name } }")).Status);
        }

        foreach (var address in new[] { "198.51.100.9", "::ffff:198.51.100.9", "198.51.100.9", "::ffff:198.51.100.9" })
        {
            statuses.Add((await new GraphQLClient(TrustedTestProxy.ClientAt(Factory, address)).PostAsync("{ regions { name } }")).Status);
        }

        // Three from one /64, the fourth refused; another /64 has its own allowance; the same for one IPv4 client written both ways.
        Assert.Equal([200, 200, 200, 429, 200, 200, 200, 200, 429], statuses);
    }
}
