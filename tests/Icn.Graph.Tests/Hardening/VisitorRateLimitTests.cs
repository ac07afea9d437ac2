using System.Net.Http.Headers;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Hardening;

/// <summary>
/// A website key is public in its site's script: its requests count per visitor (client address,
/// an IPv6 client by its /64), with the key's total above them, so one visitor cannot use up the site.
/// </summary>
public sealed class VisitorRateLimitTests() : OwnApiTests(
    "visitorlimit",
    services: TrustedTestProxy.AddTo,
    settings: new()
    {
        ["RateLimits:WebsiteKeyPerVisitorPerMinute"] = "3",
        ["RateLimits:WebsiteKeyPerMinute"] = "5",
        ["RateLimits:AnonymousPerMinute"] = "2",
        [TrustedTestProxy.Setting.Key] = TrustedTestProxy.Setting.Value,
        ["Demo:SeedAccounts"] = "true",
        ["Demo:Password"] = StaffApiFixture.Password,
    })
{
    private const string Read = "{ regions { name } }";

    [Fact]
    public async Task A_visitor_over_its_allowance_gets_429_while_another_visitor_of_the_key_gets_200_until_the_key_total_is_spent()
    {
        var secret = await CreateKeyAsync();

        var first = await StatusesAsync(secret, "198.51.100.1", 4);
        var second = await StatusesAsync(secret, "198.51.100.2", 1);
        var third = await StatusesAsync(secret, "198.51.100.3", 1);
        // The key's total (5) is spent by 3 + 1 + 1 admitted requests; a fourth visitor's first request is refused.
        var fourth = await StatusesAsync(secret, "198.51.100.4", 1);

        Assert.Equal([(200, null), (200, null), (200, null), (429, "RATE_LIMITED")], first);
        Assert.Equal([(200, null)], second);
        Assert.Equal([(200, null)], third);
        Assert.Equal([(429, "RATE_LIMITED")], fourth);
    }

    [Fact]
    public async Task IPv6_visitors_in_one_64_share_a_bucket_and_visitors_in_another_64_do_not()
    {
        var secret = await CreateKeyAsync();

        var spent = await StatusesAsync(secret, "2001:db8:1:2::a", 3);
        var sameSixtyFour = await StatusesAsync(secret, "2001:db8:1:2:ffff:ffff:ffff:ffff", 1);
        var otherSixtyFour = await StatusesAsync(secret, "2001:db8:1:3::a", 1);

        Assert.Equal([(200, null), (200, null), (200, null)], spent);
        Assert.Equal([(429, "RATE_LIMITED")], sameSixtyFour);
        Assert.Equal([(200, null)], otherSixtyFour);
    }

    [Fact]
    public async Task Anonymous_callers_count_an_IPv4_mapped_address_as_its_IPv4_address_and_an_IPv6_address_by_its_64()
    {
        var mapped = await StatusesAsync(null, "::ffff:198.51.100.7", 2);
        var plain = await StatusesAsync(null, "198.51.100.7", 1);
        var ipv6 = await StatusesAsync(null, "2001:db8:5:6::1", 2);
        var sameSixtyFour = await StatusesAsync(null, "2001:db8:5:6::2", 1);
        var otherSixtyFour = await StatusesAsync(null, "2001:db8:5:7::1", 1);

        Assert.Equal([(200, null), (200, null)], mapped);
        Assert.Equal([(429, "RATE_LIMITED")], plain);
        Assert.Equal([(200, null), (200, null)], ipv6);
        Assert.Equal([(429, "RATE_LIMITED")], sameSixtyFour);
        Assert.Equal([(200, null)], otherSixtyFour);
    }

    /// <summary>Signs in as the demo admin (from an address of its own) and issues a website key.</summary>
    private async Task<string> CreateKeyAsync()
    {
        var client = TrustedTestProxy.ClientAt(Factory, "192.0.2.200");
        var token = await BearerSignIn.TokenAsync(client, "admin@demo.icn", StaffApiFixture.Password) ?? throw new InvalidOperationException("The admin's sign-in was refused.");
        var admin = BearerSignIn.Authorized(client, token);
        var clusterId = (await admin.PostAsync("{ clusters(first: 1) { nodes { id } } }")).Data!["clusters"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var payload = (await admin.PostAsync(
            "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret errors { message } } }",
            new { input = new { clusterId, name = "www.visitors.example", allowedOrigins = new[] { "https://www.visitors.example" } } })).Payload("createApiKey");
        return payload["secret"]!.GetValue<string>();
    }

    private async Task<List<(int Status, string? Code)>> StatusesAsync(string? secret, string clientAddress, int requests)
    {
        var client = TrustedTestProxy.ClientAt(Factory, clientAddress);
        if (secret is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", secret);
        }

        var graphQL = new GraphQLClient(client);
        var statuses = new List<(int, string?)>();
        for (var i = 0; i < requests; i++)
        {
            var answer = await graphQL.PostAsync(Read);
            statuses.Add((answer.Status, answer.FirstErrorCode));
        }

        return statuses;
    }
}
