using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Applications.EndedRoles;

/// <summary>
/// What the tests of ended roles do through the API: an admin changes or deactivates an account,
/// a (former) holder asks for a task by its id, and the Secretariat reads where an application stands.
/// </summary>
internal static class RoleEndSteps
{
    public const string AdminAccount = "admin@demo.icn";
    public const string SecretariatAccount = "secretariat@demo.icn";

    public const string Claim = $"mutation($task: ID!) {{ claimTask(input: {{ taskId: $task }}) {{ task {{ id claimed }} {ApplicationRequests.Errors} }} }}";
    public const string Complete = $"mutation($task: ID!, $outcome: String!) {{ completeTask(input: {{ taskId: $task, outcome: $outcome }}) {{ task {{ status outcome }} {ApplicationRequests.Errors} }} }}";

    private const string Inbox = "query($subject: String!) { myTasks(where: { subjectId: { eq: $subject } }, first: 100) { nodes { id claimed assigneeRole } } }";
    private const string UpdateRoles = $"mutation($id: ID!, $roles: [Role!]) {{ updateUser(input: {{ id: $id, roles: $roles }}) {{ user {{ roles }} {ApplicationRequests.Errors} }} }}";
    private const string Deactivate = $"mutation($id: ID!) {{ deactivateUser(input: {{ id: $id }}) {{ user {{ status }} {ApplicationRequests.Errors} }} }}";
    private const string Record = "query($id: ID!) { node(id: $id) { ... on Application { status votes { boardMemberName decision status } history { activityId event actorName summary } } } }";

    /// <summary>The global id and the display name of the account signing in with <paramref name="email"/>.</summary>
    public static async Task<(string Id, string Name)> UserAsync(GraphQLClient admin, string email)
    {
        var response = await admin.PostAsync("query($email: String!) { users(where: { email: { eq: $email } }) { nodes { id displayName } } }", new { email });
        Assert.True(response.Errors.Count == 0, response.Pretty);
        var user = Assert.Single(response.Data!["users"]!["nodes"]!.AsArray())!;
        return (user["id"]!.GetValue<string>(), user["displayName"]!.GetValue<string>());
    }

    /// <summary>The admin gives the account exactly <paramref name="roles"/>; the change must succeed.</summary>
    public static async Task SetRolesAsync(GraphQLClient admin, string userId, params string[] roles)
    {
        var user = (await admin.PostAsync(UpdateRoles, new { id = userId, roles })).Succeeded("updateUser", "user");
        Assert.Equal(roles.Order(), user["roles"]!.AsArray().Select(role => role!.GetValue<string>()).Order());
    }

    /// <summary>The admin deactivates the account; the change must succeed.</summary>
    public static async Task DeactivateAsync(GraphQLClient admin, string userId) =>
        Assert.Equal("DEACTIVATED", (await admin.PostAsync(Deactivate, new { id = userId })).Succeeded("deactivateUser", "user")["status"]!.GetValue<string>());

    /// <summary>The tasks about the application in the caller's inbox.</summary>
    public static async Task<List<JsonNode>> InboxAsync(GraphQLClient client, string applicationId)
    {
        var response = await client.PostAsync(Inbox, new { subject = applicationId });
        Assert.True(response.Errors.Count == 0, response.Pretty);
        return [.. response.Data!["myTasks"]!["nodes"]!.AsArray().Select(task => task!)];
    }

    /// <summary>The application as the Secretariat reads it: status, votes and the workflow's history.</summary>
    public static async Task<JsonNode> RecordAsync(GraphQLClient secretariat, string applicationId)
    {
        var response = await secretariat.PostAsync(Record, new { id = applicationId });
        Assert.True(response.Errors.Count == 0, response.Pretty);
        return response.Data!["node"]!;
    }

    public static async Task<string> StatusAsync(GraphQLClient secretariat, string applicationId) =>
        (await RecordAsync(secretariat, applicationId))["status"]!.GetValue<string>();

    /// <summary>The summaries of the history's entries with <paramref name="event"/>.</summary>
    public static async Task<List<(string? Actor, string? Summary)>> HistoryAsync(GraphQLClient secretariat, string applicationId, string @event) =>
        [.. (await RecordAsync(secretariat, applicationId))["history"]!.AsArray()
            .Where(entry => entry!["event"]!.GetValue<string>() == @event)
            .Select(entry => (entry!["actorName"]?.GetValue<string>(), entry["summary"]?.GetValue<string>()))];

    /// <summary>The named Board member's vote on the application: its decision and status.</summary>
    public static async Task<(string? Decision, string Status)> VoteOfAsync(GraphQLClient secretariat, string applicationId, string boardMemberName)
    {
        var vote = Assert.Single((await RecordAsync(secretariat, applicationId))["votes"]!.AsArray(), v => v!["boardMemberName"]!.GetValue<string>() == boardMemberName)!;
        return (vote["decision"]?.GetValue<string>(), vote["status"]!.GetValue<string>());
    }

    /// <summary>
    /// A second API process on the fixture's database. It keeps what it read of an account for
    /// <c>StaffSessions.FreshFor</c> (10 s): an admin's change made in the first process reaches it
    /// only then, so a token whose roles ended still carries them there meanwhile.
    /// </summary>
    public static IcnApiFactory AnotherProcess(StaffApiFixture api) =>
        new(api.Factory.ConnectionString, settings: new() { ["Demo:SeedAccounts"] = "true", ["Demo:Password"] = StaffApiFixture.Password });

    /// <summary>A client of <paramref name="process"/> sending <paramref name="token"/>.</summary>
    public static GraphQLClient WithToken(IcnApiFactory process, string token) => BearerSignIn.Authorized(process.CreateClient(), token);

    /// <summary>The token of a sign-in as <paramref name="email"/>; the sign-in must succeed.</summary>
    public static async Task<string> TokenAsync(StaffApiFixture api, string email) =>
        await BearerSignIn.TokenAsync(api.Factory.CreateClient(), email, StaffApiFixture.Password) ?? throw new InvalidOperationException($"Signing in as {email} was refused.");

    /// <summary>
    /// The other process still accepted the token: the request came within its session's 10 s. A 401
    /// means the test was too slow to show anything, not that the refusal works.
    /// </summary>
    public static GraphQLResponse StillSignedIn(this GraphQLResponse response)
    {
        Assert.True(response.Status != 401, "The other process refused the token outright: more than 10 s passed since it read the account, so this request shows nothing about the task's check.");
        return response;
    }

    /// <summary>A new sign-in: a role change ends the account's earlier tokens.</summary>
    public static Task<GraphQLClient> SignInAgainAsync(IcnApiFactory factory, string email) =>
        BearerSignIn.ClientAsync(factory, email, StaffApiFixture.Password);
}
