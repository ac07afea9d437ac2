using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Icn.Graph.Tests.Infrastructure;

/// <summary>Signing in at /auth/login as a staff member's browser would, for tests that need a bearer token.</summary>
public static class BearerSignIn
{
    /// <summary>The access token of a sign-in; null when the sign-in is refused.</summary>
    public static async Task<string?> TokenAsync(HttpClient client, string email, string password)
    {
        using var response = await client.PostAsJsonAsync("/auth/login", new { email, password });
        return response.StatusCode == HttpStatusCode.OK
            ? (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>()
            : null;
    }

    /// <summary>Sends the token with every request of <paramref name="client"/>.</summary>
    public static GraphQLClient Authorized(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(client);
    }

    /// <summary>A new client of <paramref name="factory"/>, signed in; the sign-in must succeed.</summary>
    public static async Task<GraphQLClient> ClientAsync(IcnApiFactory factory, string email, string password)
    {
        var client = factory.CreateClient();
        var token = await TokenAsync(client, email, password) ?? throw new InvalidOperationException($"Signing in as {email} was refused.");
        return Authorized(client, token);
    }
}
