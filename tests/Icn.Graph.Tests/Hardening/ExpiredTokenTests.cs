using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Hardening;

/// <summary>An expired bearer token is refused with 401 (the corpus's stale-credentials case, with a one-second token life).</summary>
public sealed class ExpiredTokenTests : IAsyncLifetime
{
    private IcnApiFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new IcnApiFactory(
            TestDatabase.NewDatabaseConnectionString("expired"),
            services: services => services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, bearer => bearer.BearerTokenExpiration = TimeSpan.FromSeconds(1)),
            settings: new() { ["Demo:SeedAccounts"] = "true", ["Demo:Password"] = StaffApiFixture.Password });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await TestDatabase.DropAsync(factory.ConnectionString);
    }

    [Fact]
    public async Task An_expired_token_gets_401()
    {
        var client = factory.CreateClient();
        using var login = await client.PostAsJsonAsync("/auth/login", new { email = "secretariat@demo.icn", password = StaffApiFixture.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var graphQL = new GraphQLClient(client);

        var fresh = await graphQL.PostAsync("{ viewer { email } }");
        await Task.Delay(TimeSpan.FromSeconds(2));
        var expired = await graphQL.PostAsync("{ viewer { email } }");

        Assert.Equal("secretariat@demo.icn", fresh.Data!["viewer"]!["email"]!.GetValue<string>());
        Assert.Equal((401, "UNAUTHENTICATED"), (expired.Status, expired.FirstErrorCode));
    }
}
