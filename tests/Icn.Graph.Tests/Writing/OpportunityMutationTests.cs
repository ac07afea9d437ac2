using Icn.Domain.Opportunities;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Writing;

/// <summary>Editors draft, change, publish and close their own cluster's opportunities, and only those.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class OpportunityMutationTests(StaffApiFixture api)
{
    private const string Errors = "errors { __typename code message path }";

    private const string Create = $$"""
        mutation($input: CreateOpportunityInput!) {
          createOpportunity(input: $input) { opportunity { id status title version } {{Errors}} }
        }
        """;

    [Fact]
    public async Task An_editor_drafts_changes_publishes_and_closes_their_own_opportunity_and_every_step_is_audited()
    {
        var scenario = await WritingScenario.PickAsync(api, 0);
        var editor = await api.SignInAsync(scenario.Editor);
        var sector = await FirstSectorIdAsync();

        var created = (await editor.PostAsync(Create, new { input = new { clusterId = scenario.ClusterGlobalId, kind = "TENDER", title = "  Heat pumps for 40 schools ", summary = "A tender.", body = "# Tender\nDetails.", sectorIds = new[] { sector } } }))
            .Succeeded("createOpportunity", "opportunity");
        Assert.Equal("DRAFT", created["status"]!.GetValue<string>());
        Assert.Equal("Heat pumps for 40 schools", created["title"]!.GetValue<string>());
        Assert.Equal(1, created["version"]!.GetValue<int>());
        var id = created["id"]!.GetValue<string>();

        var hidden = await api.Anonymous.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Null(hidden.Data!["node"]);

        var updated = (await editor.PostAsync($$"""mutation($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { opportunity { title summary sectors { name } } {{Errors}} } }""",
            new { input = new { id, version = 1, title = "Heat pumps for 41 schools" } })).Succeeded("updateOpportunity", "opportunity");
        Assert.Equal("Heat pumps for 41 schools", updated["title"]!.GetValue<string>());
        Assert.Equal("A tender.", updated["summary"]!.GetValue<string>());
        Assert.Single(updated["sectors"]!.AsArray());

        var published = (await editor.PostAsync($$"""mutation($input: PublishOpportunityInput!) { publishOpportunity(input: $input) { opportunity { status publishedAt } {{Errors}} } }""",
            new { input = new { id, version = 2 } })).Succeeded("publishOpportunity", "opportunity");
        Assert.Equal("PUBLISHED", published["status"]!.GetValue<string>());
        Assert.NotNull(published["publishedAt"]);

        var shown = await api.Anonymous.PostAsync("query($id: ID!) { node(id: $id) { ... on Opportunity { title } } }", new { id });
        Assert.Equal("Heat pumps for 41 schools", shown.Data!["node"]!["title"]!.GetValue<string>());

        var closed = (await editor.PostAsync($$"""mutation($input: CloseOpportunityInput!) { closeOpportunity(input: $input) { opportunity { status } {{Errors}} } }""",
            new { input = new { id, version = 3 } })).Succeeded("closeOpportunity", "opportunity");
        Assert.Equal("CLOSED", closed["status"]!.GetValue<string>());

        GlobalId.TryDecode(id, out var key);
        await using var db = api.CreateDbContext();
        var stored = await db.Opportunities.AsNoTracking().SingleAsync(o => o.Id == key.Key);
        Assert.Equal(4, stored.Version);
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.EntityId == key.Key && e.EntityType == "Opportunity").OrderBy(e => e.At).ToListAsync();
        Assert.Equal(["createOpportunity", "updateOpportunity", "publishOpportunity", "closeOpportunity"], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(scenario.Editor, e.ActorName));
        Assert.Null(audit[0].Before);
        Assert.Contains("Heat pumps for 40 schools", audit[1].Before!, StringComparison.Ordinal);
        Assert.Contains("Heat pumps for 41 schools", audit[1].After!, StringComparison.Ordinal);
        Assert.Contains(await db.AuditEntries.AsNoTracking().Where(e => e.EntityId == key.Key).Select(e => e.EntityType).ToListAsync(), t => t == "opportunity_sectors");
    }

    [Fact]
    public async Task Another_clusters_opportunity_cannot_be_created_changed_published_or_closed_by_an_editor()
    {
        var scenario = await WritingScenario.PickAsync(api, 1);
        var editor = await api.SignInAsync(scenario.Editor);
        var intruder = await api.SignInAsync(scenario.OtherEditor);
        var id = await CreateDraftAsync(editor, scenario.ClusterGlobalId);

        var foreignCreate = await intruder.PostAsync(Create, new { input = new { clusterId = scenario.ClusterGlobalId, kind = "TENDER", title = "t", summary = "s", body = "b" } });
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.clusterId"), foreignCreate.Failed("createOpportunity"));

        // Another cluster's draft is not even visible to the intruder.
        var numericId = await intruder.PostAsync($$"""mutation { updateOpportunity(input: { id: 5, version: 1, title: "mine" }) { {{Errors}} } }""");
        Assert.Equal(("ValidationError", "VALIDATION", "input.id"), numericId.Failed("updateOpportunity"));
        var draftUpdate = await intruder.PostAsync($$"""mutation { updateOpportunity(input: { id: "{{id}}", version: 1, title: "mine" }) { {{Errors}} } }""");
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.id"), draftUpdate.Failed("updateOpportunity"));

        (await editor.PostAsync($$"""mutation { publishOpportunity(input: { id: "{{id}}", version: 1 }) { {{Errors}} } }""")).Succeeded("publishOpportunity", "errors");
        foreach (var mutation in new[] { "updateOpportunity(input: { id: \"ID\", version: 2, title: \"mine\" })", "closeOpportunity(input: { id: \"ID\", version: 2 })", "publishOpportunity(input: { id: \"ID\", version: 2 })" })
        {
            var name = mutation[..mutation.IndexOf('(', StringComparison.Ordinal)];
            var response = await intruder.PostAsync($"mutation {{ {mutation.Replace("ID", id, StringComparison.Ordinal)} {{ {Errors} }} }}");
            Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.id"), response.Failed(name));
        }

        await using var db = api.CreateDbContext();
        GlobalId.TryDecode(id, out var key);
        var stored = await db.Opportunities.AsNoTracking().SingleAsync(o => o.Id == key.Key);
        Assert.Equal(("Draft", 2, OpportunityStatus.Published), (stored.Title, stored.Version, stored.Status));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_changes_nothing()
    {
        var scenario = await WritingScenario.PickAsync(api, 2);
        var editor = await api.SignInAsync(scenario.Editor);
        var id = await CreateDraftAsync(editor, scenario.ClusterGlobalId);
        var update = $$"""mutation($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { opportunity { title } {{Errors}} } }""";

        (await editor.PostAsync(update, new { input = new { id, version = 1, title = "First writer" } })).Succeeded("updateOpportunity", "opportunity");
        var stale = await editor.PostAsync(update, new { input = new { id, version = 1, title = "Second writer" } });

        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), stale.Failed("updateOpportunity"));
        var read = await editor.PostAsync("query($id: ID!) { node(id: $id) { ... on Opportunity { title } } }", new { id });
        Assert.Equal("First writer", read.Data!["node"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_input_is_answered_with_every_error_on_its_field_and_nothing_is_written()
    {
        var scenario = await WritingScenario.PickAsync(api, 3);
        var editor = await api.SignInAsync(scenario.Editor);
        await using var db = api.CreateDbContext();
        var before = await db.Opportunities.CountAsync();

        var response = await editor.PostAsync(Create, new
        {
            input = new
            {
                clusterId = scenario.ClusterGlobalId, kind = "TENDER", title = "   ", summary = new string('s', 501), body = "a\u0000b",
                deadline = "2001-01-01", sectorIds = new[] { GlobalId.Encode("Sector", Guid.NewGuid()) }, targetRegionIds = new[] { scenario.ClusterGlobalId },
            },
        });

        string[] expected = ["input.body", "input.deadline", "input.sectorIds", "input.summary", "input.targetRegionIds", "input.title"];
        Assert.Equal(expected, response.ErrorPaths("createOpportunity").Order(StringComparer.Ordinal));
        Assert.Null(response.Payload("createOpportunity")["opportunity"]);
        Assert.Equal(before, await db.Opportunities.CountAsync());
    }

    [Fact]
    public async Task Writing_needs_a_writer_role_before_anything_executes()
    {
        var mutation = """mutation { createOpportunity(input: { clusterId: "x", kind: TENDER, title: "t", summary: "s", body: "b" }) { errors { message } } }""";

        var anonymous = await api.Anonymous.PostAsync(mutation);
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));
        Assert.Equal(["createOpportunity"], anonymous.Errors[0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));

        var board = await (await api.SignInAsync("board1@demo.icn")).PostAsync(mutation);
        Assert.Equal((403, "FORBIDDEN"), (board.Status, board.FirstErrorCode));
        Assert.Null(board.Data);
    }

    [Fact]
    public async Task Interest_is_expressed_once_by_another_cluster_and_can_be_withdrawn()
    {
        var scenario = await WritingScenario.PickAsync(api, 4);
        var poster = await api.SignInAsync(scenario.Editor);
        var other = await api.SignInAsync(scenario.OtherEditor);
        var id = await CreateDraftAsync(poster, scenario.ClusterGlobalId);
        var express = $$"""mutation($id: ID!) { expressInterest(input: { opportunityId: $id, message: "We can help." }) { opportunity { interestCount } {{Errors}} } }""";

        // Another cluster's draft is invisible to the other editor.
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.opportunityId"), (await other.PostAsync(express, new { id })).Failed("expressInterest"));
        (await poster.PostAsync($$"""mutation { publishOpportunity(input: { id: "{{id}}", version: 1 }) { {{Errors}} } }""")).Succeeded("publishOpportunity", "errors");

        Assert.Equal(1, (await other.PostAsync(express, new { id })).Succeeded("expressInterest", "opportunity")["interestCount"]!.GetValue<int>());
        Assert.Equal(("ConflictError", "CONFLICT", "input.opportunityId"), (await other.PostAsync(express, new { id })).Failed("expressInterest"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.clusterId"), (await poster.PostAsync(express, new { id })).Failed("expressInterest"));
        var forOthers = await other.PostAsync($$"""mutation($id: ID!, $cluster: ID!) { expressInterest(input: { opportunityId: $id, clusterId: $cluster, message: "x" }) { {{Errors}} } }""", new { id, cluster = scenario.ClusterGlobalId });
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.clusterId"), forOthers.Failed("expressInterest"));

        var withdrawn = await other.PostAsync($$"""mutation($id: ID!) { withdrawInterest(input: { opportunityId: $id }) { opportunity { interestCount } {{Errors}} } }""", new { id });
        Assert.Equal(0, withdrawn.Succeeded("withdrawInterest", "opportunity")["interestCount"]!.GetValue<int>());
    }

    private async Task<string> FirstSectorIdAsync()
    {
        await using var db = api.CreateDbContext();
        return GlobalId.Encode("Sector", await db.Sectors.OrderBy(s => s.Slug).Select(s => s.Id).FirstAsync());
    }

    private static async Task<string> CreateDraftAsync(GraphQLClient editor, string clusterId)
    {
        var response = await editor.PostAsync(Create, new { input = new { clusterId, kind = "INVESTMENT", title = "Draft", summary = "s", body = "b" } });
        return response.Succeeded("createOpportunity", "opportunity")["id"]!.GetValue<string>();
    }
}
