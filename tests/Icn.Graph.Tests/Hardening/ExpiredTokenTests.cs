using Icn.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Hardening;

/// <summary>An expired bearer token is refused with 401 (the corpus's stale-credentials case, with a five-second token life, long enough for the fresh request on a busy machine).</summary>
public sealed class ExpiredTokenTests() : OwnApiTests(
    "expired",
    services: services => services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, bearer => bearer.BearerTokenExpiration = TimeSpan.FromSeconds(5)),
    settings: new() { ["Demo:SeedAccounts"] = "true", ["Demo:Password"] = StaffApiFixture.Password })
{
    [Fact]
    public async Task An_expired_token_gets_401()
    {
        var graphQL = await BearerSignIn.ClientAsync(Factory, "secretariat@demo.icn", StaffApiFixture.Password);

        var fresh = await graphQL.PostAsync("{ viewer { email } }");
        await Task.Delay(TimeSpan.FromSeconds(6));
        var expired = await graphQL.PostAsync("{ viewer { email } }");

        Assert.Equal("secretariat@demo.icn", fresh.Data!["viewer"]!["email"]!.GetValue<string>());
        Assert.Equal((401, "UNAUTHENTICATED"), (expired.Status, expired.FirstErrorCode));
    }
}
