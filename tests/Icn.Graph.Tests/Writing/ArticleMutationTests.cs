using Icn.Domain.Knowledge;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Writing;

/// <summary>Editors draft, change, publish and unpublish their own cluster's articles, and only those.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class ArticleMutationTests(StaffApiFixture api)
{
    private const int ScenarioIndex = 12;
    private const string Errors = "errors { __typename code message path }";

    private const string Create = $$"""
        mutation($input: CreateArticleInput!) {
          createArticle(input: $input) { article { id slug status version title summary kind tags publishedAt sectors { slug } author { slug } } {{Errors}} }
        }
        """;

    private const string Update = $$"""
        mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { article { slug title tags version } {{Errors}} } }
        """;

    private const string Publish = $$"""
        mutation($input: PublishArticleInput!) { publishArticle(input: $input) { article { status publishedAt version } {{Errors}} } }
        """;

    private const string Unpublish = $$"""
        mutation($input: UnpublishArticleInput!) { unpublishArticle(input: $input) { article { status publishedAt version } {{Errors}} } }
        """;

    [Fact]
    public async Task An_editor_drafts_changes_publishes_and_unpublishes_their_own_article_and_every_step_is_audited()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);

        var created = (await editor.PostAsync(Create, new
        {
            input = new
            {
                clusterId = scenario.ClusterGlobalId, kind = "BEST_PRACTICE", title = " Running a Matchmaking Day in Malmö ", summary = "What worked.", body = "# Lessons\nBook rooms early.",
                tags = new[] { " events ", "Matchmaking", "matchmaking", "events" },
            },
        })).Succeeded("createArticle", "article");
        Assert.Equal(("DRAFT", "running-a-matchmaking-day-in-malmo", "Running a Matchmaking Day in Malmö", 1), (created["status"]!.GetValue<string>(), created["slug"]!.GetValue<string>(), created["title"]!.GetValue<string>(), created["version"]!.GetValue<int>()));
        Assert.Equal(["events", "Matchmaking"], created["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Null(created["publishedAt"]);
        Assert.Equal(scenario.Slug, created["author"]!["slug"]!.GetValue<string>());
        var id = created["id"]!.GetValue<string>();
        var slug = created["slug"]!.GetValue<string>();
        Assert.Null((await ReadPubliclyAsync(slug))["article"]);

        var updated = (await editor.PostAsync(Update, new { input = new { id, version = 1, title = "Running Two Matchmaking Days", tags = new[] { "events" } } }))
            .Succeeded("updateArticle", "article");
        Assert.Equal((slug, "Running Two Matchmaking Days", 2), (updated["slug"]!.GetValue<string>(), updated["title"]!.GetValue<string>(), updated["version"]!.GetValue<int>()));

        var published = (await editor.PostAsync(Publish, new { input = new { id, version = 2 } })).Succeeded("publishArticle", "article");
        Assert.Equal("PUBLISHED", published["status"]!.GetValue<string>());
        Assert.NotNull(published["publishedAt"]);
        Assert.Equal("Running Two Matchmaking Days", (await ReadPubliclyAsync(slug))["article"]!["title"]!.GetValue<string>());

        var unpublished = (await editor.PostAsync(Unpublish, new { input = new { id, version = 3 } })).Succeeded("unpublishArticle", "article");
        Assert.Equal("DRAFT", unpublished["status"]!.GetValue<string>());
        Assert.Null(unpublished["publishedAt"]);
        Assert.Null((await ReadPubliclyAsync(slug))["article"]);

        GlobalId.TryDecode(id, out var key);
        await using var db = api.CreateDbContext();
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.EntityId == key.Key && e.EntityType == "Article").OrderBy(e => e.At).ToListAsync();
        Assert.Equal(["createArticle", "updateArticle", "publishArticle", "unpublishArticle"], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(scenario.Editor, e.ActorName));
        Assert.Null(audit[0].Before);
        Assert.Contains("Running a Matchmaking Day", audit[1].Before!, StringComparison.Ordinal);
        Assert.Contains("Running Two Matchmaking Days", audit[1].After!, StringComparison.Ordinal);
        Assert.Contains("published", audit[2].After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slugs_are_unique_numbered_on_a_clash_and_made_even_from_titles_without_letters()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);

        var first = await CreateSlugAsync(editor, scenario.ClusterGlobalId, "Hydrogen Valleys: A Guide");
        var second = await CreateSlugAsync(editor, scenario.ClusterGlobalId, "Hydrogen valleys — a guide!");
        var third = await CreateSlugAsync(editor, scenario.ClusterGlobalId, "hydrogen VALLEYS a guide");
        var symbols = await CreateSlugAsync(editor, scenario.ClusterGlobalId, "!!! ??? !!!");
        var longTitle = await CreateSlugAsync(editor, scenario.ClusterGlobalId, string.Join(' ', Enumerable.Repeat("decarbonisation", 12)));

        Assert.Equal(["hydrogen-valleys-a-guide", "hydrogen-valleys-a-guide-2", "hydrogen-valleys-a-guide-3"], [first, second, third]);
        Assert.StartsWith("article", symbols, StringComparison.Ordinal);
        Assert.True(longTitle.Length <= 120 && longTitle.EndsWith("decarbonisation", StringComparison.Ordinal), longTitle);
    }

    [Fact]
    public async Task Another_clusters_articles_cannot_be_created_changed_published_or_unpublished_by_an_editor()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);
        var intruder = await api.SignInAsync(scenario.OtherEditor);
        var draft = await CreateDraftAsync(editor, scenario.ClusterGlobalId, "A draft of ours");
        var published = await CreateDraftAsync(editor, scenario.ClusterGlobalId, "A published one of ours");
        (await editor.PostAsync(Publish, new { input = new { id = published, version = 1 } })).Succeeded("publishArticle", "article");

        var create = await intruder.PostAsync(Create, new { input = new { clusterId = scenario.ClusterGlobalId, kind = "NEWS", title = "Planted", summary = "s", body = "b" } });
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.clusterId"), create.Failed("createArticle"));

        // A draft of another cluster is invisible to the intruder; a published article is visible, but not theirs.
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.id"), (await intruder.PostAsync(Update, new { input = new { id = draft, version = 1, title = "Mine" } })).Failed("updateArticle"));
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.id"), (await intruder.PostAsync(Publish, new { input = new { id = draft, version = 1 } })).Failed("publishArticle"));
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.id"), (await intruder.PostAsync(Update, new { input = new { id = published, version = 2, title = "Mine" } })).Failed("updateArticle"));
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.id"), (await intruder.PostAsync(Unpublish, new { input = new { id = published, version = 2 } })).Failed("unpublishArticle"));

        await using var db = api.CreateDbContext();
        GlobalId.TryDecode(draft, out var draftKey);
        GlobalId.TryDecode(published, out var publishedKey);
        var rows = await db.Articles.AsNoTracking().Where(a => a.Id == draftKey.Key || a.Id == publishedKey.Key).ToDictionaryAsync(a => a.Id);
        Assert.Equal(("A draft of ours", 1, ArticleStatus.Draft), (rows[draftKey.Key].Title, rows[draftKey.Key].Version, rows[draftKey.Key].Status));
        Assert.Equal(("A published one of ours", 2, ArticleStatus.Published), (rows[publishedKey.Key].Title, rows[publishedKey.Key].Version, rows[publishedKey.Key].Status));
        Assert.False(await db.Articles.AnyAsync(a => a.Title == "Planted"));
    }

    [Fact]
    public async Task A_stale_version_or_a_wrong_state_is_a_conflict_and_changes_nothing()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);
        var id = await CreateDraftAsync(editor, scenario.ClusterGlobalId, "Conflicts");
        (await editor.PostAsync(Update, new { input = new { id, version = 1, title = "First writer" } })).Succeeded("updateArticle", "article");

        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), (await editor.PostAsync(Update, new { input = new { id, version = 1, title = "Second writer" } })).Failed("updateArticle"));
        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), (await editor.PostAsync(Publish, new { input = new { id, version = 1 } })).Failed("publishArticle"));
        Assert.Equal(("ConflictError", "CONFLICT", "input.id"), (await editor.PostAsync(Unpublish, new { input = new { id, version = 2 } })).Failed("unpublishArticle"));

        GlobalId.TryDecode(id, out var key);
        await using var db = api.CreateDbContext();
        var stored = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == key.Key);
        Assert.Equal(("First writer", 2, ArticleStatus.Draft), (stored.Title, stored.Version, stored.Status));
    }

    [Fact]
    public async Task Invalid_input_is_answered_with_every_error_on_its_field_and_nothing_is_written()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);
        await using var db = api.CreateDbContext();
        var before = await db.Articles.CountAsync();

        var response = await editor.PostAsync(Create, new
        {
            input = new
            {
                clusterId = scenario.ClusterGlobalId, kind = "GUIDE", title = "  ", summary = new string('s', 1001), body = "b",
                tags = Enumerable.Range(1, 21).Select(i => $"tag{i}").ToArray(), sectorIds = new[] { GlobalId.Encode("Sector", Guid.NewGuid()) },
            },
        });

        string[] expected = ["input.sectorIds", "input.summary", "input.tags", "input.title"];
        Assert.Equal(expected, response.ErrorPaths("createArticle").Order(StringComparer.Ordinal));
        Assert.Null(response.Payload("createArticle")["article"]);
        Assert.Equal(before, await db.Articles.CountAsync());

        var id = await CreateDraftAsync(editor, scenario.ClusterGlobalId, "Valid");
        var update = await editor.PostAsync(Update, new { input = new { id, version = 1, tags = new[] { "ok", "  ", new string('t', 51) }, kind = (string?)null } });
        Assert.Equal(["input.kind", "input.tags"], update.ErrorPaths("updateArticle").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("createArticle", """createArticle(input: { clusterId: "x", kind: NEWS, title: "t", summary: "s", body: "b" })""")]
    [InlineData("updateArticle", """updateArticle(input: { id: "x", version: 1, title: "t" })""")]
    [InlineData("publishArticle", """publishArticle(input: { id: "x", version: 1 })""")]
    [InlineData("unpublishArticle", """unpublishArticle(input: { id: "x", version: 1 })""")]
    public async Task Writing_articles_needs_a_writer_role_before_anything_executes(string name, string call)
    {
        var mutation = $"mutation {{ {call} {{ errors {{ message }} }} }}";

        var anonymous = await api.Anonymous.PostAsync(mutation);
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));
        Assert.Equal([name], anonymous.Errors[0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));

        var board = await (await api.SignInAsync("board3@demo.icn")).PostAsync(mutation);
        Assert.Equal((403, "FORBIDDEN"), (board.Status, board.FirstErrorCode));
        Assert.Null(board.Data);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> ReadPubliclyAsync(string slug) =>
        (await api.Anonymous.PostAsync("query($slug: String!) { article(slug: $slug) { title } }", new { slug })).Data!;

    private static async Task<string> CreateSlugAsync(GraphQLClient editor, string clusterId, string title)
    {
        var response = await editor.PostAsync(Create, new { input = new { clusterId, kind = "GUIDE", title, summary = "s", body = "b" } });
        return response.Succeeded("createArticle", "article")["slug"]!.GetValue<string>();
    }

    private static async Task<string> CreateDraftAsync(GraphQLClient editor, string clusterId, string title)
    {
        var response = await editor.PostAsync(Create, new { input = new { clusterId, kind = "NEWS", title, summary = "s", body = "b" } });
        return response.Succeeded("createArticle", "article")["id"]!.GetValue<string>();
    }
}
