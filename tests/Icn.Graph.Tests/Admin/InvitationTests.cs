using System.Net;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Icn.Graph.Tests.Writing;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Admin;

/// <summary>An admin invites staff; the invitee chooses a password once, through the link of the invitation e-mail.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class InvitationTests(StaffApiFixture api)
{
    private readonly StaffInvitations invitations = new(api);

    [Fact]
    public async Task An_invitation_link_sets_the_password_once_and_the_account_then_signs_in()
    {
        var admin = await api.SignInAsync("admin@demo.icn");
        const string email = "ada.invited@example.org";

        var invited = (await admin.PostAsync(StaffInvitations.Invite, new { input = new { email, displayName = "Ada Invited", roles = new[] { "BOARD" } } }))
            .Succeeded("inviteUser", "user");
        Assert.Equal(("INVITED", true, "Ada Invited"), (invited["status"]!.GetValue<string>(), invited["isActive"]!.GetValue<bool>(), invited["displayName"]!.GetValue<string>()));
        Assert.Equal(["BOARD"], invited["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        // The e-mail is written to the outbox (the worker delivers it from there, see Outbox/), with
        // a link to the public address and the account's id.
        await using (var db = api.CreateDbContext())
        {
            var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Recipient == email);
            Assert.Equal("email", message.Kind);
            Assert.StartsWith("invite:", message.IdempotencyKey, StringComparison.Ordinal);
        }

        var (link, userId, token) = await invitations.LinkOfAsync(email);
        Assert.StartsWith("http://127.0.0.1:5080/auth/accept-invitation#user=", link, StringComparison.Ordinal);
        Assert.Equal(invited["id"]!.GetValue<string>(), userId);
        Assert.Null(await invitations.SignInAsync(email));

        var weak = await invitations.AcceptAsync(userId, token, "short");
        Assert.Equal(HttpStatusCode.BadRequest, weak.Status);
        Assert.NotEmpty(weak.Body!["errors"]!["password"]!.AsArray());

        var accepted = await invitations.AcceptAsync(userId, token, StaffInvitations.Password);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal(email, accepted.Body!["email"]!.GetValue<string>());

        var member = await invitations.SignInAsync(email);
        Assert.NotNull(member);
        var viewer = await member.PostAsync("{ viewer { email roles } }");
        Assert.Equal(["BOARD"], viewer.Data!["viewer"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        var again = await invitations.AcceptAsync(userId, token, "Another-Passw0rd-123");
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.NotNull(await invitations.SignInAsync(email));

        var read = await admin.PostAsync("query($id: ID!) { node(id: $id) { ... on User { status } } }", new { id = userId });
        Assert.Equal("ACTIVE", read.Data!["node"]!["status"]!.GetValue<string>());
        await using var check = api.CreateDbContext();
        GlobalId.TryDecode(userId, out var key);
        Assert.True(await check.Users.AsNoTracking().Where(u => u.Id == key.Key).Select(u => u.EmailConfirmed).SingleAsync());
    }

    [Fact]
    public async Task Inviting_a_waiting_account_again_replaces_its_link_and_its_roles()
    {
        var admin = await api.SignInAsync("admin@demo.icn");
        const string email = "grace.reinvited@example.org";
        var first = (await admin.PostAsync(StaffInvitations.Invite, new { input = new { email, displayName = "Grace", roles = new[] { "BOARD" } } }))
            .Succeeded("inviteUser", "user");
        var (_, _, oldToken) = await invitations.LinkOfAsync(email);

        var again = (await admin.PostAsync(StaffInvitations.Invite, new { input = new { email, displayName = "Grace H.", roles = new[] { "SECRETARIAT" } } }))
            .Succeeded("inviteUser", "user");
        var (_, userId, newToken) = await invitations.LinkOfAsync(email);

        Assert.Equal(first["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());
        Assert.Equal(["SECRETARIAT"], again["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, (await invitations.AcceptAsync(userId, oldToken, StaffInvitations.Password)).Status);
        Assert.Equal(HttpStatusCode.OK, (await invitations.AcceptAsync(userId, newToken, StaffInvitations.Password)).Status);
        var afterAccepting = await admin.PostAsync(StaffInvitations.Invite, new { input = new { email, displayName = "Grace", roles = new[] { "BOARD" } } });
        Assert.Equal(("ConflictError", "CONFLICT", "input.email"), afterAccepting.Failed("inviteUser"));
    }

    [Fact]
    public async Task A_forged_token_a_foreign_id_or_missing_fields_get_400()
    {
        var admin = await api.SignInAsync("admin@demo.icn");
        const string email = "forged.invitation@example.org";
        var userId = await StaffInvitations.InviteAsync(admin, email, ["SECRETARIAT"]);
        var (_, _, token) = await invitations.LinkOfAsync(email);

        Assert.Equal(HttpStatusCode.BadRequest, (await invitations.AcceptAsync(userId, "forged-token", StaffInvitations.Password)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await invitations.AcceptAsync(GlobalId.Encode("User", Guid.NewGuid()), token, StaffInvitations.Password)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await invitations.AcceptAsync(GlobalId.Encode("Cluster", Guid.NewGuid()), token, StaffInvitations.Password)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await invitations.AcceptAsync("not-an-id", token, StaffInvitations.Password)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await invitations.AcceptAsync(userId, token, "")).Status);

        // None of those used the invitation up.
        Assert.Equal(HttpStatusCode.OK, (await invitations.AcceptAsync(userId, token, StaffInvitations.Password)).Status);
    }

    [Fact]
    public async Task Invitations_that_break_the_rules_are_answered_with_errors_on_their_fields_and_write_nothing()
    {
        var scenario = await WritingScenario.PickAsync(api, 20);
        var admin = await api.SignInAsync("admin@demo.icn");
        await using var db = api.CreateDbContext();
        var accounts = await db.Users.CountAsync();
        var messages = await db.OutboxMessages.CountAsync();

        async Task<(string Type, string Code, string Path)> InviteAsync(object input) =>
            (await admin.PostAsync(StaffInvitations.Invite, new { input })).Failed("inviteUser");

        Assert.Equal(("ValidationError", "VALIDATION", "input.email"), await InviteAsync(new { email = "not an address", displayName = "x", roles = new[] { "BOARD" } }));
        Assert.Equal(("ValidationError", "VALIDATION", "input.email"), await InviteAsync(new { email = "someone@localhost", displayName = "x", roles = new[] { "BOARD" } }));
        Assert.Equal(("ValidationError", "VALIDATION", "input.email"), await InviteAsync(new { email = "  ", displayName = "x", roles = new[] { "BOARD" } }));
        Assert.Equal(("ValidationError", "VALIDATION", "input.displayName"), await InviteAsync(new { email = "blank.name@example.org", displayName = "  ", roles = new[] { "BOARD" } }));
        Assert.Equal(("ValidationError", "VALIDATION", "input.roles"), await InviteAsync(new { email = "no.roles@example.org", displayName = "x", roles = Array.Empty<string>() }));
        Assert.Equal(("ValidationError", "VALIDATION", "input.clusterId"), await InviteAsync(new { email = "editor.without@example.org", displayName = "x", roles = new[] { "CLUSTER_EDITOR" } }));
        Assert.Equal(("ValidationError", "VALIDATION", "input.clusterId"), await InviteAsync(new { email = "board.with@example.org", displayName = "x", roles = new[] { "BOARD" }, clusterId = scenario.ClusterGlobalId }));
        Assert.Equal(("ValidationError", "VALIDATION", "input.clusterId"), await InviteAsync(new { email = "wrong.id@example.org", displayName = "x", roles = new[] { "CLUSTER_EDITOR" }, clusterId = GlobalId.Encode("Region", scenario.ClusterId) }));
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.clusterId"), await InviteAsync(new { email = "gone.cluster@example.org", displayName = "x", roles = new[] { "CLUSTER_EDITOR" }, clusterId = GlobalId.Encode("Cluster", Guid.NewGuid()) }));
        Assert.Equal(("ConflictError", "CONFLICT", "input.email"), await InviteAsync(new { email = "Secretariat@demo.icn", displayName = "x", roles = new[] { "SECRETARIAT" } }));

        Assert.Equal(accounts, await db.Users.CountAsync());
        Assert.Equal(messages, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task An_editor_is_invited_for_their_cluster()
    {
        var scenario = await WritingScenario.PickAsync(api, 21);
        var admin = await api.SignInAsync("admin@demo.icn");

        var (editor, _) = await invitations.StaffMemberAsync(admin, "new.editor@example.org", ["CLUSTER_EDITOR"], scenario.ClusterGlobalId);
        var viewer = await editor.PostAsync("{ viewer { roles cluster { slug } } }");

        Assert.Equal(["CLUSTER_EDITOR"], viewer.Data!["viewer"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(scenario.Slug, viewer.Data!["viewer"]!["cluster"]!["slug"]!.GetValue<string>());
    }
}
