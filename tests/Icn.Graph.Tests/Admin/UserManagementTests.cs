using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Icn.Graph.Tests.Writing;

namespace Icn.Graph.Tests.Admin;

/// <summary>Admins change staff accounts' roles and clusters, deactivate them, and list them; nobody else may.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class UserManagementTests(StaffApiFixture api)
{
    private const string Update = """
        mutation($input: UpdateUserInput!) {
          updateUser(input: $input) { user { roles displayName cluster { slug } } errors { __typename code message path } }
        }
        """;

    private const string Deactivate = """
        mutation($id: ID!) { deactivateUser(input: { id: $id }) { user { status isActive } errors { __typename code message path } } }
        """;

    private readonly StaffInvitations invitations = new(api);

    [Fact]
    public async Task New_roles_or_a_new_cluster_end_the_accounts_sessions_and_apply_at_the_next_sign_in()
    {
        var scenario = await WritingScenario.PickAsync(api, 22);
        var admin = await api.SignInAsync("admin@demo.icn");
        var (editor, userId) = await invitations.StaffMemberAsync(admin, "moving.editor@example.org", ["CLUSTER_EDITOR"], scenario.ClusterGlobalId);

        // Only the name changes: the session goes on.
        (await admin.PostAsync(Update, new { input = new { id = userId, displayName = "Moving Editor" } })).Succeeded("updateUser", "user");
        Assert.Equal(200, (await editor.PostAsync("{ viewer { email } }")).Status);

        var moved = (await admin.PostAsync(Update, new { input = new { id = userId, clusterId = scenario.OtherClusterGlobalId } })).Succeeded("updateUser", "user");
        Assert.Equal((scenario.OtherSlug, "Moving Editor"), (moved["cluster"]!["slug"]!.GetValue<string>(), moved["displayName"]!.GetValue<string>()));
        var stale = await editor.PostAsync("{ viewer { email } }");
        Assert.Equal((401, "UNAUTHENTICATED"), (stale.Status, stale.FirstErrorCode));

        var again = (await invitations.SignInAsync("moving.editor@example.org"))!;
        Assert.Equal(scenario.OtherSlug, (await again.PostAsync("{ viewer { cluster { slug } } }")).Data!["viewer"]!["cluster"]!["slug"]!.GetValue<string>());

        // Without CLUSTER_EDITOR the account leaves its cluster.
        var promoted = (await admin.PostAsync(Update, new { input = new { id = userId, roles = new[] { "SECRETARIAT" } } })).Succeeded("updateUser", "user");
        Assert.Equal(["SECRETARIAT"], promoted["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Null(promoted["cluster"]);
        Assert.Equal(401, (await again.PostAsync("{ viewer { email } }")).Status);
        var secretariat = (await invitations.SignInAsync("moving.editor@example.org"))!;
        Assert.Equal(["SECRETARIAT"], (await secretariat.PostAsync("{ viewer { roles } }")).Data!["viewer"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Updates_keep_the_role_and_cluster_rules()
    {
        var scenario = await WritingScenario.PickAsync(api, 23);
        var admin = await api.SignInAsync("admin@demo.icn");
        var userId = await StaffInvitations.InviteAsync(admin, "ruled.board@example.org", ["BOARD"]);

        Assert.Equal(("ValidationError", "VALIDATION", "input.roles"), (await admin.PostAsync(Update, new { input = new { id = userId, roles = Array.Empty<string>() } })).Failed("updateUser"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.clusterId"), (await admin.PostAsync(Update, new { input = new { id = userId, clusterId = scenario.ClusterGlobalId } })).Failed("updateUser"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.clusterId"), (await admin.PostAsync(Update, new { input = new { id = userId, roles = new[] { "BOARD", "CLUSTER_EDITOR" } } })).Failed("updateUser"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.displayName"), (await admin.PostAsync(Update, new { input = new { id = userId, displayName = new string('n', 201) } })).Failed("updateUser"));
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.id"), (await admin.PostAsync(Update, new { input = new { id = GlobalId.Encode("User", Guid.NewGuid()), displayName = "x" } })).Failed("updateUser"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.id"), (await admin.PostAsync(Update, new { input = new { id = scenario.ClusterGlobalId, displayName = "x" } })).Failed("updateUser"));

        var both = (await admin.PostAsync(Update, new { input = new { id = userId, roles = new[] { "BOARD", "CLUSTER_EDITOR" }, clusterId = scenario.ClusterGlobalId } })).Succeeded("updateUser", "user");
        Assert.Equal(["BOARD", "CLUSTER_EDITOR"], both["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(scenario.Slug, both["cluster"]!["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_admin_cannot_take_their_own_admin_role_away_nor_deactivate_themselves()
    {
        var admin = await api.SignInAsync("admin@demo.icn");
        var (self, selfId) = await invitations.StaffMemberAsync(admin, "self.admin@example.org", ["ADMIN"]);

        Assert.Equal(("ValidationError", "VALIDATION", "input.roles"), (await self.PostAsync(Update, new { input = new { id = selfId, roles = new[] { "BOARD" } } })).Failed("updateUser"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.id"), (await self.PostAsync(Deactivate, new { id = selfId })).Failed("deactivateUser"));

        // Adding a role to oneself is fine, and so is the change of one's own name.
        var more = (await self.PostAsync(Update, new { input = new { id = selfId, roles = new[] { "ADMIN", "SECRETARIAT" }, displayName = "Self" } })).Succeeded("updateUser", "user");
        Assert.Equal(["ADMIN", "SECRETARIAT"], more["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task A_deactivated_account_loses_its_token_at_once_and_cannot_sign_in()
    {
        var admin = await api.SignInAsync("admin@demo.icn");
        var (member, userId) = await invitations.StaffMemberAsync(admin, "leaving.board@example.org", ["BOARD"]);
        Assert.Equal(200, (await member.PostAsync("{ viewer { email } }")).Status);

        var deactivated = (await admin.PostAsync(Deactivate, new { id = userId })).Succeeded("deactivateUser", "user");
        Assert.Equal(("DEACTIVATED", false), (deactivated["status"]!.GetValue<string>(), deactivated["isActive"]!.GetValue<bool>()));

        var refused = await member.PostAsync("{ viewer { email } }");
        Assert.Equal((401, "UNAUTHENTICATED"), (refused.Status, refused.FirstErrorCode));
        Assert.Null(await invitations.SignInAsync("leaving.board@example.org"));
        Assert.Equal(("ConflictError", "CONFLICT", "input.id"), (await admin.PostAsync(Deactivate, new { id = userId })).Failed("deactivateUser"));
    }

    [Fact]
    public async Task The_list_of_accounts_filters_by_email_role_activity_and_cluster()
    {
        var scenario = await WritingScenario.PickAsync(api, 24);
        var admin = await api.SignInAsync("admin@demo.icn");
        var editor = await StaffInvitations.InviteAsync(admin, "list.c-editor@example.org", ["CLUSTER_EDITOR"], scenario.ClusterGlobalId);
        var board = await StaffInvitations.InviteAsync(admin, "list.a-board@example.org", ["BOARD"]);
        var gone = await StaffInvitations.InviteAsync(admin, "list.b-gone@example.org", ["SECRETARIAT", "BOARD"]);
        (await admin.PostAsync(Deactivate, new { id = gone })).Succeeded("deactivateUser", "user");

        async Task<string[]> EmailsAsync(string where)
        {
            var response = await admin.PostAsync($$"""{ users(where: { and: [{ email: { startsWith: "LIST." } }, {{where}}] }) { totalCount nodes { email } } }""");
            Assert.True(response.Errors.Count == 0, response.Pretty);
            var emails = response.Data!["users"]!["nodes"]!.AsArray().Select(n => n!["email"]!.GetValue<string>()).ToArray();
            Assert.Equal(emails.Length, response.Data!["users"]!["totalCount"]!.GetValue<int>());
            return emails;
        }

        Assert.Equal(["list.a-board@example.org", "list.b-gone@example.org", "list.c-editor@example.org"], await EmailsAsync("{}"));
        Assert.Equal(["list.a-board@example.org", "list.b-gone@example.org"], await EmailsAsync("{ role: { eq: BOARD } }"));
        Assert.Equal(["list.a-board@example.org", "list.c-editor@example.org"], await EmailsAsync("{ role: { nin: [SECRETARIAT] } }"));
        Assert.Equal(["list.b-gone@example.org", "list.c-editor@example.org"], await EmailsAsync("{ role: { in: [SECRETARIAT, CLUSTER_EDITOR] } }"));
        Assert.Equal(["list.b-gone@example.org"], await EmailsAsync("{ isActive: { eq: false } }"));
        Assert.Equal(["list.c-editor@example.org"], await EmailsAsync($$"""{ clusterId: { eq: "{{scenario.ClusterGlobalId}}" } }"""));
        Assert.Equal(["list.a-board@example.org"], await EmailsAsync($$"""{ id: { eq: "{{board}}" } }"""));

        var descending = await admin.PostAsync("""{ users(first: 2, where: { email: { startsWith: "list." } }, order: [{ email: DESC }]) { pageInfo { hasNextPage } nodes { email status } } }""");
        Assert.Equal(["list.c-editor@example.org", "list.b-gone@example.org"], descending.Data!["users"]!["nodes"]!.AsArray().Select(n => n!["email"]!.GetValue<string>()));
        Assert.Equal(["INVITED", "DEACTIVATED"], descending.Data!["users"]!["nodes"]!.AsArray().Select(n => n!["status"]!.GetValue<string>()));
        Assert.True(descending.Data!["users"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        // node(id) finds accounts for admins only; for others an account is as absent as a missing one.
        Assert.Equal("list.c-editor@example.org", (await admin.PostAsync("query($id: ID!) { node(id: $id) { ... on User { email } } }", new { id = editor })).Data!["node"]!["email"]!.GetValue<string>());
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        Assert.Null((await secretariat.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = editor })).Data!["node"]);
        Assert.Null((await api.Anonymous.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = editor })).Data!["node"]);
    }

    [Fact]
    public async Task Accounts_and_their_changes_are_for_admins_before_anything_executes()
    {
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        var invite = """mutation { inviteUser(input: { email: "x@example.org", displayName: "x", roles: [BOARD] }) { errors { message } } }""";

        foreach (var (client, status, code) in new[] { (api.Anonymous, 401, "UNAUTHENTICATED"), (secretariat, 403, "FORBIDDEN") })
        {
            var list = await client.PostAsync("{ users { totalCount } }");
            Assert.Equal((status, code), (list.Status, list.FirstErrorCode));
            var mutation = await client.PostAsync(invite);
            Assert.Equal((status, code), (mutation.Status, mutation.FirstErrorCode));
            Assert.Null(mutation.Data);
        }

        // The User type itself is guarded, wherever a query reaches it.
        var throughNode = await secretariat.PostAsync("""query { node(id: "eA") { ... on User { email } } }""");
        Assert.Equal((403, "FORBIDDEN"), (throughNode.Status, throughNode.FirstErrorCode));
        var board = await api.SignInAsync("board1@demo.icn");
        var deactivate = await board.PostAsync("""mutation { deactivateUser(input: { id: "x" }) { errors { message } } }""");
        Assert.Equal((403, "FORBIDDEN"), (deactivate.Status, deactivate.FirstErrorCode));
    }
}
