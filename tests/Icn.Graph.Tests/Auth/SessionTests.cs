using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Auth;

/// <summary>
/// A sign-in is a session: its refresh token rotates on use, a reused old one ends it, and
/// /auth/logout ends it — its tokens stop at once in the process that ended it and within 10
/// seconds in another, while the account's other sessions go on.
/// </summary>
public sealed class SessionTests() : TwoApisOnOneDatabase("session")
{
    [Fact]
    public async Task Each_refresh_answers_a_new_refresh_token_and_reusing_an_old_one_ends_the_session()
    {
        var login = await SignInAsync("board2@demo.icn");
        var rotated = await RefreshAsync(login.Refresh);
        var again = await RefreshAsync(rotated.Tokens!.Value.Refresh);
        var current = again.Tokens!.Value;
        Assert.Equal(HttpStatusCode.OK, await ViewerStatusAsync(Second, current.Access));

        // Someone replays the first refresh token: the whole session ends, the newest tokens with it.
        var replayed = await RefreshAsync(login.Refresh);
        var newest = await RefreshAsync(current.Refresh);

        Assert.Equal(HttpStatusCode.OK, rotated.Status);
        Assert.NotEqual(login.Refresh, rotated.Tokens!.Value.Refresh);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.NotEqual(rotated.Tokens!.Value.Refresh, current.Refresh);
        Assert.Equal((HttpStatusCode.Unauthorized, "SESSION_ENDED"), (replayed.Status, replayed.Code));
        Assert.Equal((HttpStatusCode.Unauthorized, "SESSION_ENDED"), (newest.Status, newest.Code));
        Assert.Equal(HttpStatusCode.Unauthorized, await ViewerStatusAsync(First, current.Access));
        await WithinTenSecondsAsync(() => ViewerStatusAsync(Second, current.Access));
    }

    [Fact]
    public async Task Logging_out_with_the_access_token_ends_that_session_only()
    {
        var phone = await SignInAsync("board3@demo.icn");
        var laptop = await SignInAsync("board3@demo.icn");
        Assert.Equal(HttpStatusCode.OK, await ViewerStatusAsync(Second, phone.Access));

        using var client = First.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", phone.Access);
        using var logout = await client.PostAsync("/auth/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await ViewerStatusAsync(First, phone.Access));
        Assert.Equal((HttpStatusCode.Unauthorized, "SESSION_ENDED"), ((await RefreshAsync(phone.Refresh)).Status, (await RefreshAsync(phone.Refresh)).Code));
        await WithinTenSecondsAsync(() => ViewerStatusAsync(Second, phone.Access));
        Assert.Equal(HttpStatusCode.OK, await ViewerStatusAsync(First, laptop.Access));
        Assert.Equal(HttpStatusCode.OK, await ViewerStatusAsync(Second, laptop.Access));
        Assert.Equal(HttpStatusCode.OK, (await RefreshAsync(laptop.Refresh)).Status);
    }

    [Fact]
    public async Task Logging_out_with_the_refresh_token_ends_the_session_and_without_a_valid_token_gets_401()
    {
        var session = await SignInAsync("board4@demo.icn");
        using var client = First.CreateClient();

        using var nothing = await client.PostAsync("/auth/logout", null);
        using var garbage = await client.PostAsJsonAsync("/auth/logout", new { refreshToken = "garbage" });
        Assert.Equal(HttpStatusCode.OK, await ViewerStatusAsync(First, session.Access));
        using var logout = await client.PostAsJsonAsync("/auth/logout", new { refreshToken = session.Refresh });

        Assert.Equal(HttpStatusCode.Unauthorized, nothing.StatusCode);
        Assert.Equal("UNAUTHENTICATED", (await nothing.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(session.Refresh)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, await ViewerStatusAsync(First, session.Access));
    }

    private async Task<(string Access, string Refresh)> SignInAsync(string email)
    {
        using var client = First.CreateClient();
        using var response = await client.PostAsJsonAsync("/auth/login", new { email, password = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        return Read((await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private async Task<(HttpStatusCode Status, string? Code, (string Access, string Refresh)? Tokens)> RefreshAsync(string refreshToken)
    {
        using var client = First.CreateClient();
        using var response = await client.PostAsJsonAsync("/auth/refresh", new { refreshToken });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return response.StatusCode == HttpStatusCode.OK
            ? (response.StatusCode, null, Read(body!))
            : (response.StatusCode, body?["code"]?.GetValue<string>(), null);
    }

    private static (string Access, string Refresh) Read(JsonObject body) =>
        (body["accessToken"]!.GetValue<string>(), body["refreshToken"]!.GetValue<string>());

    private static async Task<HttpStatusCode> ViewerStatusAsync(IcnApiFactory api, string accessToken)
    {
        using var client = api.CreateClient();
        var answer = await BearerSignIn.Authorized(client, accessToken).PostAsync("{ viewer { email } }");
        return (HttpStatusCode)answer.Status;
    }

    /// <summary>The other process keeps a session's state for up to 10 seconds; after that its tokens get 401 there too.</summary>
    private static async Task WithinTenSecondsAsync(Func<Task<HttpStatusCode>> status)
    {
        var clock = Stopwatch.StartNew();
        await Eventually.ValueAsync(status, code => code == HttpStatusCode.Unauthorized, "401 in the other process");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(11), $"took {clock.Elapsed}");
    }
}
