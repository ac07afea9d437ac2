using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Admin;

/// <summary>
/// Staff accounts made the way people make them: the demo admin invites, the invitee follows the
/// link of the e-mail waiting in the outbox and chooses a password, then signs in. Tests that
/// change or deactivate accounts use these, never the shared demo accounts.
/// </summary>
public sealed class StaffInvitations(StaffApiFixture api)
{
    public const string Password = "Invited-Staff-Passw0rd!";

    public const string Invite = """
        mutation($input: InviteUserInput!) {
          inviteUser(input: $input) { user { id email displayName roles status isActive cluster { slug } } errors { __typename code message path } }
        }
        """;

    /// <summary>Invites an account as <paramref name="admin"/>; answers its global id.</summary>
    public static async Task<string> InviteAsync(GraphQLClient admin, string email, string[] roles, string? clusterId = null)
    {
        var response = await admin.PostAsync(Invite, new { input = new { email, displayName = $"Invited {email}", roles, clusterId } });
        return response.Succeeded("inviteUser", "user")["id"]!.GetValue<string>();
    }

    /// <summary>The user id and token of the link in the invitation e-mail to <paramref name="email"/>.</summary>
    public async Task<(string Link, string UserId, string Token)> LinkOfAsync(string email)
    {
        await using var db = api.CreateDbContext();
        var message = await db.OutboxMessages.AsNoTracking().Where(m => m.Recipient == email).OrderByDescending(m => m.CreatedAt).FirstAsync();
        var link = message.Body.Split('\n').Select(line => line.Trim()).Single(line => line.StartsWith("http", StringComparison.Ordinal));
        var query = QueryHelpers.ParseQuery(new Uri(link).Fragment.TrimStart('#'));
        return (link, query["user"].ToString(), query["token"].ToString());
    }

    public async Task<(HttpStatusCode Status, JsonNode? Body)> AcceptAsync(string userId, string token, string password)
    {
        using var response = await api.Factory.CreateClient().PostAsJsonAsync("/auth/accept-invitation", new { userId, token, password });
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text));
    }

    /// <summary>Signs in with a password; null when sign-in is refused.</summary>
    public async Task<GraphQLClient?> SignInAsync(string email, string password = Password)
    {
        var client = api.Factory.CreateClient();
        return await BearerSignIn.TokenAsync(client, email, password) is { } token ? BearerSignIn.Authorized(client, token) : null;
    }

    /// <summary>Invites, accepts and signs in: a staff member of the test's own, and their id.</summary>
    public async Task<(GraphQLClient Client, string UserId)> StaffMemberAsync(GraphQLClient admin, string email, string[] roles, string? clusterId = null)
    {
        var userId = await InviteAsync(admin, email, roles, clusterId);
        var (_, linkUser, token) = await LinkOfAsync(email);
        var (status, body) = await AcceptAsync(linkUser, token, Password);
        Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());
        return ((await SignInAsync(email))!, userId);
    }
}
