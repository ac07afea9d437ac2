using System.Globalization;
using System.Net;
using System.Text;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Hardening;

/// <summary>Each caller has its own allowance; over it a request gets 429 with Retry-After, whatever it claims to be.</summary>
public sealed class RateLimitTests() : OwnApiTests(
    "ratelimit",
    settings: new()
    {
        ["RateLimits:AnonymousPerMinute"] = "3",
        ["Demo:SeedAccounts"] = "true",
        ["Demo:Password"] = StaffApiFixture.Password,
    })
{
    [Fact]
    public async Task An_address_over_its_allowance_waits_forged_forwarding_does_not_help_and_a_signed_in_account_counts_on_its_own()
    {
        var client = Factory.CreateClient();
        var token = (await BearerSignIn.TokenAsync(client, "admin@demo.icn", StaffApiFixture.Password))!;
        var anonymous = new GraphQLClient(client);
        Assert.Equal(200, (await anonymous.PostAsync("{ regions { name } }")).Status);
        Assert.Equal(200, (await anonymous.PostAsync("{ regions { name } }")).Status);

        using var limited = await client.PostAsync("/graphql", new StringContent("""{"query":"{ regions { name } }"}""", Encoding.UTF8, "application/json"));
        var forging = Factory.CreateClient();
        forging.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        var forged = await new GraphQLClient(forging).PostAsync("{ regions { name } }");
        var signedIn = await BearerSignIn.Authorized(Factory.CreateClient(), token).PostAsync("{ viewer { email } }");
        using var health = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture) >= 1);
        Assert.Contains("RATE_LIMITED", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((429, "RATE_LIMITED"), (forged.Status, forged.FirstErrorCode));
        Assert.Equal("admin@demo.icn", signedIn.Data!["viewer"]!["email"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
