using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;

namespace Icn.Graph.Tests.Hardening;

/// <summary>Each caller has its own allowance; over it a request gets 429 with Retry-After, whatever it claims to be.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private IcnApiFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new IcnApiFactory(
            TestDatabase.NewDatabaseConnectionString("ratelimit"),
            settings: new()
            {
                ["RateLimits:AnonymousPerMinute"] = "3",
                ["Demo:SeedAccounts"] = "true",
                ["Demo:Password"] = StaffApiFixture.Password,
            });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await TestDatabase.DropAsync(factory.ConnectionString);
    }

    [Fact]
    public async Task An_address_over_its_allowance_waits_forged_forwarding_does_not_help_and_a_signed_in_account_counts_on_its_own()
    {
        var client = factory.CreateClient();
        using var login = await client.PostAsync("/auth/login", JsonContent.Create(new { email = "admin@demo.icn", password = StaffApiFixture.Password }));
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        var anonymous = new GraphQLClient(client);
        Assert.Equal(200, (await anonymous.PostAsync("{ regions { name } }")).Status);
        Assert.Equal(200, (await anonymous.PostAsync("{ regions { name } }")).Status);

        using var limited = await client.PostAsync("/graphql", new StringContent("""{"query":"{ regions { name } }"}""", Encoding.UTF8, "application/json"));
        var forging = factory.CreateClient();
        forging.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        var forged = await new GraphQLClient(forging).PostAsync("{ regions { name } }");
        var staff = factory.CreateClient();
        staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var signedIn = await new GraphQLClient(staff).PostAsync("{ viewer { email } }");
        using var health = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture) >= 1);
        Assert.Contains("RATE_LIMITED", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((429, "RATE_LIMITED"), (forged.Status, forged.FirstErrorCode));
        Assert.Equal("admin@demo.icn", signedIn.Data!["viewer"]!["email"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
