using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Auth;

/// <summary>
/// Staff sign in for bearer tokens; a token one API process issues is accepted by another on the
/// same database (their Data Protection keys are shared through PostgreSQL).
/// </summary>
public sealed class SignInTests() : TwoApisOnOneDatabase("auth")
{
    [Fact]
    public async Task A_token_from_one_process_is_accepted_by_another_and_says_who_is_calling()
    {
        var tokens = await LoginAsync(First.CreateClient(), "secretariat@demo.icn", Password);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal("Bearer", tokens.Body!["tokenType"]!.GetValue<string>());
        Assert.True(tokens.Body!["expiresIn"]!.GetValue<int>() > 0);

        using var other = Second.CreateClient();
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Body!["accessToken"]!.GetValue<string>());
        var viewer = await new GraphQLClient(other).PostAsync("{ viewer { email roles cluster { slug } } }");

        Assert.Empty(viewer.Errors);
        Assert.Equal("secretariat@demo.icn", viewer.Data!["viewer"]!["email"]!.GetValue<string>());
        Assert.Equal(["SECRETARIAT"], viewer.Data!["viewer"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Null(viewer.Data!["viewer"]!["cluster"]);
    }

    [Fact]
    public async Task An_editor_knows_their_cluster_and_anonymous_callers_are_nobody()
    {
        var client = First.CreateClient();
        var anonymous = await new GraphQLClient(client).PostAsync("{ viewer { email } clusters(first: 1) { nodes { slug } } }");
        var slug = anonymous.Data!["clusters"]!["nodes"]![0]!["slug"]!.GetValue<string>();
        Assert.Null(anonymous.Data!["viewer"]);

        var tokens = await LoginAsync(client, $"editor.{slug}@demo.icn", Password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Body!["accessToken"]!.GetValue<string>());
        var viewer = await new GraphQLClient(client).PostAsync("{ viewer { roles cluster { slug } } }");

        Assert.Equal(["CLUSTER_EDITOR"], viewer.Data!["viewer"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(slug, viewer.Data!["viewer"]!["cluster"]!["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task Restricted_fields_open_to_the_secretariat()
    {
        var client = First.CreateClient();
        var tokens = await LoginAsync(client, "secretariat@demo.icn", Password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Body!["accessToken"]!.GetValue<string>());

        var response = await new GraphQLClient(client).PostAsync("{ clusters(first: 1) { nodes { contact { email } } } drafts: opportunities(where: { status: { eq: DRAFT } }) { totalCount } }");

        Assert.Empty(response.Errors);
        Assert.NotNull(response.Data!["clusters"]!["nodes"]![0]!["contact"]);
        Assert.True(response.Data!["drafts"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task A_wrong_password_gets_401_and_repeated_failures_lock_the_account()
    {
        var client = First.CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, "board5@demo.icn", "not-the-password")).Status);
        }

        var locked = await LoginAsync(client, "board5@demo.icn", Password);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.Status);
        Assert.Contains("locked", locked.Body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_token_gives_new_tokens_and_a_damaged_one_gets_401()
    {
        var client = First.CreateClient();
        var tokens = await LoginAsync(client, "board1@demo.icn", Password);

        using var refreshed = await client.PostAsJsonAsync("/auth/refresh", new { refreshToken = tokens.Body!["refreshToken"]!.GetValue<string>() });
        using var damaged = await client.PostAsJsonAsync("/auth/refresh", new { refreshToken = "garbage" });

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.NotNull(JsonNode.Parse(await refreshed.Content.ReadAsStringAsync())!["accessToken"]);
        Assert.Equal(HttpStatusCode.Unauthorized, damaged.StatusCode);
    }

    [Fact]
    public async Task There_is_no_sign_up_and_a_forged_token_is_refused()
    {
        var client = First.CreateClient();
        using var register = await client.PostAsJsonAsync("/auth/register", new { email = "mallory@example.org", password = "Str0ng-Password!" });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "forged.token.value");
        var forged = await new GraphQLClient(client).PostAsync("{ viewer { email } }");

        Assert.True(register.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed);
        Assert.Equal(401, forged.Status);
        Assert.Equal("UNAUTHENTICATED", forged.FirstErrorCode);
    }

    private static async Task<(HttpStatusCode Status, JsonNode? Body)> LoginAsync(HttpClient client, string email, string password)
    {
        using var response = await client.PostAsJsonAsync("/auth/login", new { email, password });
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text));
    }
}
