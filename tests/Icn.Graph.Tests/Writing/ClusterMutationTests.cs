using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Writing;

/// <summary>Editors change their own cluster's profile, and only theirs; the Secretariat changes any.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class ClusterMutationTests(StaffApiFixture api)
{
    private const int ScenarioIndex = 10;
    private const string Errors = "errors { __typename code message path }";

    private const string Update = $$"""
        mutation($input: UpdateClusterInput!) {
          updateCluster(input: $input) {
            cluster { id slug version name description city website logoUrl foundedYear memberCount internationalStrategy
                      helix { companies researchInstitutions publicAuthorities } sectors { slug } membership { status } }
            {{Errors}}
          }
        }
        """;

    [Fact]
    public async Task An_editor_changes_their_own_clusters_profile_partially_and_the_change_is_audited()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);
        var (version, slug, helix) = await ReadAsync(scenario.ClusterId);
        var sectors = await SectorIdsAsync(2);

        var changed = (await editor.PostAsync(Update, new
        {
            input = new
            {
                id = scenario.ClusterGlobalId, version, name = "  Renamed Cleantech Cluster ", city = "Aarhus", website = "https://renamed.example/",
                logoUrl = (string?)null, foundedYear = 2004, memberCount = 321, helix = new { companies = helix.Companies + 7 },
                internationalStrategy = "Partners in three continents.", sectorIds = sectors,
                contact = new { name = "Ada Lovelace", email = "ada@renamed.example", phone = "+45 12 34 56 78" },
            },
        })).Succeeded("updateCluster", "cluster");

        Assert.Equal("Renamed Cleantech Cluster", changed["name"]!.GetValue<string>());
        Assert.Equal(slug, changed["slug"]!.GetValue<string>());
        Assert.Equal(version + 1, changed["version"]!.GetValue<int>());
        Assert.Equal(("Aarhus", "https://renamed.example/", 2004, 321), (changed["city"]!.GetValue<string>(), changed["website"]!.GetValue<string>(), changed["foundedYear"]!.GetValue<int>(), changed["memberCount"]!.GetValue<int>()));
        Assert.Null(changed["logoUrl"]);
        Assert.Equal(helix.Companies + 7, changed["helix"]!["companies"]!.GetValue<int>());
        Assert.Equal(helix.ResearchInstitutions, changed["helix"]!["researchInstitutions"]!.GetValue<int>());
        Assert.Equal(2, changed["sectors"]!.AsArray().Count);
        Assert.Equal("MEMBER", changed["membership"]!["status"]!.GetValue<string>());

        await using var db = api.CreateDbContext();
        var stored = await db.Clusters.AsNoTracking().SingleAsync(c => c.Id == scenario.ClusterId);
        Assert.Equal(("Ada Lovelace", "ada@renamed.example", "+45 12 34 56 78"), (stored.Contact.Name, stored.Contact.Email, stored.Contact.Phone));
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityId == scenario.ClusterId && e.EntityType == "Cluster" && e.Action == "updateCluster")
            .OrderByDescending(e => e.At).FirstAsync();
        Assert.Equal(scenario.Editor, audit.ActorName);
        Assert.Contains("Renamed Cleantech Cluster", audit.After!, StringComparison.Ordinal);
        Assert.DoesNotContain("Renamed Cleantech Cluster", audit.Before!, StringComparison.Ordinal);
        Assert.Contains("ada@renamed.example", audit.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secretariat_changes_any_cluster_and_reads_its_contact()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        var (version, _, _) = await ReadAsync(scenario.OtherClusterId);

        var response = await secretariat.PostAsync($$"""
            mutation($input: UpdateClusterInput!) { updateCluster(input: $input) { cluster { description contact { email } } {{Errors}} } }
            """, new { input = new { id = scenario.OtherClusterGlobalId, version, description = "Edited by the Secretariat.", contact = new { email = "office@other.example" } } });

        var cluster = response.Succeeded("updateCluster", "cluster");
        Assert.Equal("Edited by the Secretariat.", cluster["description"]!.GetValue<string>());
        Assert.Equal("office@other.example", cluster["contact"]!["email"]!.GetValue<string>());
        await using var db = api.CreateDbContext();
        Assert.Equal("secretariat@demo.icn", await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityId == scenario.OtherClusterId && e.Action == "updateCluster").OrderByDescending(e => e.At).Select(e => e.ActorName).FirstAsync());
    }

    [Fact]
    public async Task An_editor_cannot_change_another_cluster_and_it_stays_unchanged()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var intruder = await api.SignInAsync(scenario.OtherEditor);
        var (version, _, _) = await ReadAsync(scenario.ClusterId);
        var before = await NameAsync(scenario.ClusterId);

        var response = await intruder.PostAsync(Update, new { input = new { id = scenario.ClusterGlobalId, version, name = "Taken over" } });

        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.id"), response.Failed("updateCluster"));
        Assert.Equal((version, before), ((await ReadAsync(scenario.ClusterId)).Version, await NameAsync(scenario.ClusterId)));
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_changes_nothing()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);
        var (version, _, _) = await ReadAsync(scenario.ClusterId);
        (await editor.PostAsync(Update, new { input = new { id = scenario.ClusterGlobalId, version, city = "First writer" } })).Succeeded("updateCluster", "cluster");

        var stale = await editor.PostAsync(Update, new { input = new { id = scenario.ClusterGlobalId, version, city = "Second writer" } });

        Assert.Equal(("ConflictError", "CONFLICT", "input.version"), stale.Failed("updateCluster"));
        await using var db = api.CreateDbContext();
        Assert.Equal("First writer", await db.Clusters.Where(c => c.Id == scenario.ClusterId).Select(c => c.City).SingleAsync());
    }

    [Fact]
    public async Task Changing_only_the_sectors_moves_the_version_so_stale_writers_are_refused()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);
        var (version, _, _) = await ReadAsync(scenario.ClusterId);

        var changed = (await editor.PostAsync(Update, new { input = new { id = scenario.ClusterGlobalId, version, sectorIds = await SectorIdsAsync(1) } }))
            .Succeeded("updateCluster", "cluster");

        Assert.Equal(version + 1, changed["version"]!.GetValue<int>());
        Assert.Single(changed["sectors"]!.AsArray());
    }

    [Fact]
    public async Task Invalid_input_is_answered_with_every_error_on_its_field_and_nothing_is_written()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);
        var (version, _, helix) = await ReadAsync(scenario.ClusterId);
        var name = await NameAsync(scenario.ClusterId);

        var response = await editor.PostAsync(Update, new
        {
            input = new
            {
                id = scenario.ClusterGlobalId, version, name = "   ", description = (string?)null, foundedYear = 1700, memberCount = -1,
                website = "https://example.org/" + new string('a', 500), helix = new { companies = -5, publicAuthorities = (int?)null },
                sectorIds = new[] { GlobalId.Encode("Sector", Guid.NewGuid()) },
                contact = new { email = "not an address", phone = "call me" },
            },
        });

        string[] expected =
        [
            "input.contact.email", "input.contact.phone", "input.description", "input.foundedYear", "input.helix.companies",
            "input.helix.publicAuthorities", "input.memberCount", "input.name", "input.sectorIds", "input.website",
        ];
        Assert.Equal(expected, response.ErrorPaths("updateCluster").Order(StringComparer.Ordinal));
        Assert.Null(response.Payload("updateCluster")["cluster"]);
        var after = await ReadAsync(scenario.ClusterId);
        Assert.Equal((version, helix.Companies, name), (after.Version, after.Helix.Companies, await NameAsync(scenario.ClusterId)));
    }

    [Fact]
    public async Task A_missing_cluster_or_an_id_of_another_type_is_answered_on_the_id()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);

        var missing = await editor.PostAsync(Update, new { input = new { id = GlobalId.Encode("Cluster", Guid.NewGuid()), version = 1, city = "x" } });
        var wrongType = await editor.PostAsync(Update, new { input = new { id = GlobalId.Encode("Member", scenario.ClusterId), version = 1, city = "x" } });

        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.id"), missing.Failed("updateCluster"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.id"), wrongType.Failed("updateCluster"));
    }

    [Theory]
    [InlineData("website", "ftp://files.example/")]
    [InlineData("logoUrl", "not a url")]
    public async Task A_malformed_url_is_refused_as_bad_input_before_anything_executes(string field, string url)
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);
        var (version, _, _) = await ReadAsync(scenario.ClusterId);

        var response = await editor.PostAsync(Update, new { input = new Dictionary<string, object> { ["id"] = scenario.ClusterGlobalId, ["version"] = version, [field] = url } });

        Assert.Equal((400, "BAD_USER_INPUT"), (response.Status, response.FirstErrorCode));
        Assert.Equal(version, (await ReadAsync(scenario.ClusterId)).Version);
    }

    [Fact]
    public async Task Changing_a_cluster_needs_a_writer_role_before_anything_executes()
    {
        var mutation = """mutation { updateCluster(input: { id: "x", version: 1, name: "n" }) { errors { message } } }""";

        var anonymous = await api.Anonymous.PostAsync(mutation);
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));

        var board = await (await api.SignInAsync("board1@demo.icn")).PostAsync(mutation);
        Assert.Equal((403, "FORBIDDEN"), (board.Status, board.FirstErrorCode));
        Assert.Null(board.Data);
    }

    private async Task<(int Version, string Slug, Icn.Domain.Clusters.TripleHelix Helix)> ReadAsync(Guid clusterId)
    {
        await using var db = api.CreateDbContext();
        var cluster = await db.Clusters.AsNoTracking().SingleAsync(c => c.Id == clusterId);
        return (cluster.Version, cluster.Slug, cluster.Helix);
    }

    private async Task<string> NameAsync(Guid clusterId)
    {
        await using var db = api.CreateDbContext();
        return await db.Clusters.Where(c => c.Id == clusterId).Select(c => c.Name).SingleAsync();
    }

    private async Task<string[]> SectorIdsAsync(int count)
    {
        await using var db = api.CreateDbContext();
        return [.. (await db.Sectors.OrderBy(s => s.Slug).Select(s => s.Id).Take(count).ToListAsync()).Select(id => GlobalId.Encode("Sector", id))];
    }
}
