using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Writing;

/// <summary>Editors keep their own cluster's member list: add, change and remove members, and only theirs.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class MemberMutationTests(StaffApiFixture api)
{
    private const int ScenarioIndex = 11;
    private const string Errors = "errors { __typename code message path }";

    private const string Create = $$"""
        mutation($input: CreateMemberInput!) {
          createMember(input: $input) { member { id version name kind countryCode website description cluster { slug } sectors { slug } } {{Errors}} }
        }
        """;

    private const string Update = $$"""
        mutation($input: UpdateMemberInput!) {
          updateMember(input: $input) { member { id version name kind countryCode website description sectors { slug } } {{Errors}} }
        }
        """;

    private const string Remove = $$"""
        mutation($input: RemoveMemberInput!) { removeMember(input: $input) { removedMemberId cluster { slug } {{Errors}} } }
        """;

    [Fact]
    public async Task An_editor_adds_changes_and_removes_a_member_of_their_own_cluster_and_every_step_is_audited()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);
        var sector = await SectorIdAsync();

        var created = (await editor.PostAsync(Create, new
        {
            input = new { clusterId = scenario.ClusterGlobalId, name = " Fjord Hydrogen ApS ", kind = "COMPANY", countryCode = "DK", website = "https://fjord.example/", description = "Electrolysers.", sectorIds = new[] { sector } },
        })).Succeeded("createMember", "member");
        Assert.Equal(("Fjord Hydrogen ApS", "COMPANY", "DK", 1), (created["name"]!.GetValue<string>(), created["kind"]!.GetValue<string>(), created["countryCode"]!.GetValue<string>(), created["version"]!.GetValue<int>()));
        Assert.Equal(scenario.Slug, created["cluster"]!["slug"]!.GetValue<string>());
        var id = created["id"]!.GetValue<string>();

        var updated = (await editor.PostAsync(Update, new { input = new { id, version = 1, name = "Fjord Hydrogen A/S", kind = "OTHER", website = (string?)null, sectorIds = Array.Empty<string>() } }))
            .Succeeded("updateMember", "member");
        Assert.Equal(("Fjord Hydrogen A/S", "OTHER", "Electrolysers.", 2), (updated["name"]!.GetValue<string>(), updated["kind"]!.GetValue<string>(), updated["description"]!.GetValue<string>(), updated["version"]!.GetValue<int>()));
        Assert.Null(updated["website"]);
        Assert.Empty(updated["sectors"]!.AsArray());

        var removed = (await editor.PostAsync(Remove, new { input = new { id, version = 2 } })).Payload("removeMember");
        Assert.Empty(removed["errors"]!.AsArray());
        Assert.Equal((id, scenario.Slug), (removed["removedMemberId"]!.GetValue<string>(), removed["cluster"]!["slug"]!.GetValue<string>()));

        GlobalId.TryDecode(id, out var key);
        await using var db = api.CreateDbContext();
        Assert.False(await db.Members.AnyAsync(m => m.Id == key.Key));
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.EntityId == key.Key && e.EntityType == "Member").OrderBy(e => e.At).ToListAsync();
        Assert.Equal(["createMember", "updateMember", "removeMember"], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(scenario.Editor, e.ActorName));
        Assert.Null(audit[0].Before);
        Assert.Contains("Fjord Hydrogen ApS", audit[1].Before!, StringComparison.Ordinal);
        Assert.Contains("Fjord Hydrogen A/S", audit[1].After!, StringComparison.Ordinal);
        Assert.Contains("Fjord Hydrogen A/S", audit[2].Before!, StringComparison.Ordinal);
        Assert.Null(audit[2].After);
    }

    [Fact]
    public async Task Another_clusters_members_cannot_be_added_changed_or_removed_by_an_editor()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var intruder = await api.SignInAsync(scenario.OtherEditor);
        var (memberId, version, name) = await FirstMemberAsync(scenario.ClusterId);
        var id = GlobalId.Encode("Member", memberId);
        await using var db = api.CreateDbContext();
        var count = await db.Members.CountAsync(m => m.ClusterId == scenario.ClusterId);

        var create = await intruder.PostAsync(Create, new { input = new { clusterId = scenario.ClusterGlobalId, name = "Planted", kind = "COMPANY" } });
        var update = await intruder.PostAsync(Update, new { input = new { id, version, name = "Renamed by another cluster" } });
        var remove = await intruder.PostAsync(Remove, new { input = new { id, version } });

        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.clusterId"), create.Failed("createMember"));
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.id"), update.Failed("updateMember"));
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.id"), remove.Failed("removeMember"));
        Assert.Equal((memberId, version, name), await FirstMemberAsync(scenario.ClusterId));
        Assert.Equal(count, await db.Members.CountAsync(m => m.ClusterId == scenario.ClusterId));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_for_changes_and_removals_and_changes_nothing()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);
        var id = await CreateAsync(editor, scenario.ClusterGlobalId, "Stale Member Oy");
        (await editor.PostAsync(Update, new { input = new { id, version = 1, description = "First writer" } })).Succeeded("updateMember", "member");

        var staleUpdate = await editor.PostAsync(Update, new { input = new { id, version = 1, description = "Second writer" } });
        var staleRemove = await editor.PostAsync(Remove, new { input = new { id, version = 1 } });

        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), staleUpdate.Failed("updateMember"));
        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), staleRemove.Failed("removeMember"));
        GlobalId.TryDecode(id, out var key);
        await using var db = api.CreateDbContext();
        var stored = await db.Members.AsNoTracking().SingleAsync(m => m.Id == key.Key);
        Assert.Equal(("First writer", 2), (stored.Description, stored.Version));
    }

    [Fact]
    public async Task Invalid_input_is_answered_with_every_error_on_its_field_and_nothing_is_written()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);
        await using var db = api.CreateDbContext();
        var before = await db.Members.CountAsync();

        var create = await editor.PostAsync(Create, new
        {
            input = new { clusterId = scenario.ClusterGlobalId, name = " ", kind = "COMPANY", description = new string('d', 5001), website = "https://x.example/" + new string('w', 500), sectorIds = new[] { scenario.ClusterGlobalId } },
        });
        string[] expected = ["input.description", "input.name", "input.sectorIds", "input.website"];
        Assert.Equal(expected, create.ErrorPaths("createMember").Order(StringComparer.Ordinal));
        Assert.Null(create.Payload("createMember")["member"]);
        Assert.Equal(before, await db.Members.CountAsync());

        var id = await CreateAsync(editor, scenario.ClusterGlobalId, "Valid Member AB");
        var update = await editor.PostAsync(Update, new { input = new { id, version = 1, name = (string?)null, kind = (string?)null } });
        Assert.Equal(["input.kind", "input.name"], update.ErrorPaths("updateMember").Order(StringComparer.Ordinal));
        var missing = await editor.PostAsync(Remove, new { input = new { id = GlobalId.Encode("Member", Guid.NewGuid()), version = 1 } });
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.id"), missing.Failed("removeMember"));
    }

    [Theory]
    [InlineData("createMember", """createMember(input: { clusterId: "x", name: "n", kind: COMPANY })""")]
    [InlineData("updateMember", """updateMember(input: { id: "x", version: 1, name: "n" })""")]
    [InlineData("removeMember", """removeMember(input: { id: "x", version: 1 })""")]
    public async Task Writing_members_needs_a_writer_role_before_anything_executes(string name, string call)
    {
        var mutation = $"mutation {{ {call} {{ errors {{ message }} }} }}";

        var anonymous = await api.Anonymous.PostAsync(mutation);
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));
        Assert.Equal([name], anonymous.Errors[0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));

        var board = await (await api.SignInAsync("board2@demo.icn")).PostAsync(mutation);
        Assert.Equal((403, "FORBIDDEN"), (board.Status, board.FirstErrorCode));
        Assert.Null(board.Data);
    }

    private async Task<string> SectorIdAsync()
    {
        await using var db = api.CreateDbContext();
        return GlobalId.Encode("Sector", await db.Sectors.OrderBy(s => s.Slug).Select(s => s.Id).FirstAsync());
    }

    private async Task<(Guid Id, int Version, string Name)> FirstMemberAsync(Guid clusterId)
    {
        await using var db = api.CreateDbContext();
        var member = await db.Members.AsNoTracking().Where(m => m.ClusterId == clusterId).OrderBy(m => m.Name).ThenBy(m => m.Id).FirstAsync();
        return (member.Id, member.Version, member.Name);
    }

    private static async Task<string> CreateAsync(GraphQLClient editor, string clusterId, string name)
    {
        var response = await editor.PostAsync(Create, new { input = new { clusterId, name, kind = "RESEARCH_INSTITUTION" } });
        return response.Succeeded("createMember", "member")["id"]!.GetValue<string>();
    }
}
