using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Admin;

/// <summary>The Secretariat and admins read every change in the audit log, filtered by who, what and which row.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class AuditLogTests(StaffApiFixture api)
{
    private const string Log = """
        query($where: AuditEntryFilter) {
          auditLog(where: $where) { totalCount nodes { id at actorName action entityType entityId before after } }
        }
        """;

    private readonly StaffInvitations invitations = new(api);

    [Fact]
    public async Task Changes_are_found_by_actor_by_row_and_by_action()
    {
        var admin = await api.SignInAsync("admin@demo.icn");
        var (auditor, auditorId) = await invitations.StaffMemberAsync(admin, "auditing.admin@example.org", ["ADMIN"]);
        var since = DateTime.UtcNow.AddSeconds(-1);
        var invitedId = await StaffInvitations.InviteAsync(auditor, "audited.user@example.org", ["BOARD"]);
        (await auditor.PostAsync("""mutation($id: ID!) { updateUser(input: { id: $id, displayName: "Renamed" }) { errors { message } } }""", new { id = invitedId }))
            .Succeeded("updateUser", "errors");

        // By actor: only what the new admin did (accepting their own invitation first), newest first.
        var byActor = await auditor.PostAsync(Log, new { where = new { actorId = new { eq = auditorId } } });
        var entries = byActor.Data!["auditLog"]!["nodes"]!.AsArray();
        Assert.Equal(["updateUser", "inviteUser", "inviteUser", "acceptInvitation"], entries.Select(e => e!["action"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal("auditing.admin@example.org", e!["actorName"]!.GetValue<string>()));
        Assert.Equal(["User", "User", "User", "UserRole"], entries.Select(e => e!["entityType"]!.GetValue<string>()).Order(StringComparer.Ordinal));

        // By row: the account's global id finds its invitation, its roles and its change.
        var byRow = await auditor.PostAsync(Log, new { where = new { entityId = new { eq = invitedId }, at = new { gte = since } } });
        var rowEntries = byRow.Data!["auditLog"]!["nodes"]!.AsArray();
        Assert.Equal(3, byRow.Data!["auditLog"]!["totalCount"]!.GetValue<int>());
        Assert.Contains(rowEntries, e => e!["entityType"]!.GetValue<string>() == "User" && e["entityId"]!.GetValue<string>() == invitedId);
        var renamed = rowEntries.Single(e => e!["action"]!.GetValue<string>() == "updateUser")!;
        Assert.Contains("Invited audited.user@example.org", renamed["before"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Renamed", renamed["after"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("security_stamp", renamed["after"]!.GetValue<string>(), StringComparison.Ordinal);

        // By action, within the row, and an entry's actor is the account itself.
        var byAction = await admin.PostAsync("""
            query($where: AuditEntryFilter) { auditLog(where: $where) { nodes { action actor { email } } } }
            """, new { where = new { action = new { eq = "updateUser" }, entityId = new { @in = new[] { invitedId } }, entityType = new { eq = "User" } } });
        var updated = Assert.Single(byAction.Data!["auditLog"]!["nodes"]!.AsArray());
        Assert.Equal("auditing.admin@example.org", updated!["actor"]!["email"]!.GetValue<string>());

        // Accepting an invitation is logged under the invitee.
        var accepted = await auditor.PostAsync(Log, new { where = new { action = new { eq = "acceptInvitation" }, entityId = new { eq = auditorId } } });
        Assert.Equal("auditing.admin@example.org", Assert.Single(accepted.Data!["auditLog"]!["nodes"]!.AsArray())!["actorName"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_secretariat_reads_the_log_but_not_the_accounts_and_others_read_neither()
    {
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        var page = await secretariat.PostAsync("{ auditLog(first: 5) { nodes { actorName action entityId } } }");
        Assert.True(page.Errors.Count == 0, page.Pretty);

        var actors = await secretariat.PostAsync("{ auditLog(first: 5) { nodes { actor { email } } } }");
        Assert.Equal((403, "FORBIDDEN"), (actors.Status, actors.FirstErrorCode));
        var board = await (await api.SignInAsync("board2@demo.icn")).PostAsync("{ auditLog { totalCount } }");
        Assert.Equal((403, "FORBIDDEN"), (board.Status, board.FirstErrorCode));
        var anonymous = await api.Anonymous.PostAsync("{ auditLog { totalCount } }");
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));
    }

    [Fact]
    public async Task A_malformed_entity_or_actor_id_is_bad_user_input()
    {
        var secretariat = await api.SignInAsync("secretariat@demo.icn");

        var entity = await secretariat.PostAsync(Log, new { where = new { entityId = new { eq = "neither-id-nor-uuid" } } });
        var actor = await secretariat.PostAsync(Log, new { where = new { actorId = new { eq = GlobalId.Encode("Cluster", Guid.NewGuid()) } } });

        Assert.Equal("BAD_USER_INPUT", entity.FirstErrorCode);
        Assert.Equal("BAD_USER_INPUT", actor.FirstErrorCode);
    }
}
