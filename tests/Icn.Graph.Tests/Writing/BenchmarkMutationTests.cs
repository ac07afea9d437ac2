using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Writing;

/// <summary>
/// Editors submit their own cluster's yearly benchmark (once per year; again replaces it), and
/// benchmarks are read by the network's staff and the cluster's own editors only.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class BenchmarkMutationTests(StaffApiFixture api)
{
    private const int ScenarioIndex = 13;
    private const int ThisYear = 2026;
    private const string Errors = "errors { __typename code message path }";

    private const string Submit = $$"""
        mutation($input: SubmitBenchmarkInput!) {
          submitBenchmark(input: $input) {
            benchmark { id version year memberCount turnoverBand internationalProjects eventsAttended staffFullTimeEquivalents submittedAt cluster { slug } }
            {{Errors}}
          }
        }
        """;

    private const string ReadNode = "query($id: ID!) { node(id: $id) { ... on Benchmark { year memberCount } } }";

    [Fact]
    public async Task Submitting_a_year_again_replaces_its_figures_and_both_submissions_are_audited()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);
        var year = await YearWithoutBenchmarkAsync(scenario.ClusterId);

        var first = (await editor.PostAsync(Submit, new { input = Figures(scenario.ClusterGlobalId, year, memberCount: 140) })).Succeeded("submitBenchmark", "benchmark");
        Assert.Equal((year, 140, "UNDER_ONE_MILLION", 1), (first["year"]!.GetValue<int>(), first["memberCount"]!.GetValue<int>(), first["turnoverBand"]!.GetValue<string>(), first["version"]!.GetValue<int>()));
        Assert.Equal(scenario.Slug, first["cluster"]!["slug"]!.GetValue<string>());

        var again = (await editor.PostAsync(Submit, new { input = Figures(scenario.ClusterGlobalId, year, memberCount: 155) })).Succeeded("submitBenchmark", "benchmark");
        Assert.Equal((first["id"]!.GetValue<string>(), 155, 2), (again["id"]!.GetValue<string>(), again["memberCount"]!.GetValue<int>(), again["version"]!.GetValue<int>()));

        GlobalId.TryDecode(again["id"]!.GetValue<string>(), out var key);
        await using var db = api.CreateDbContext();
        Assert.Equal(1, await db.Benchmarks.CountAsync(b => b.ClusterId == scenario.ClusterId && b.Year == year));
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.EntityId == key.Key && e.EntityType == "Benchmark").OrderBy(e => e.At).ToListAsync();
        Assert.Equal(["submitBenchmark", "submitBenchmark"], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(scenario.Editor, e.ActorName));
        Assert.Null(audit[0].Before);
        Assert.Contains("140", audit[1].Before!, StringComparison.Ordinal);
        Assert.Contains("155", audit[1].After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secretariat_submits_for_any_cluster()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        var year = await YearWithoutBenchmarkAsync(scenario.OtherClusterId);

        var benchmark = (await secretariat.PostAsync(Submit, new { input = Figures(scenario.OtherClusterGlobalId, year, memberCount: 90) })).Succeeded("submitBenchmark", "benchmark");

        Assert.Equal(scenario.OtherSlug, benchmark["cluster"]!["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task Benchmarks_are_read_by_network_staff_and_the_clusters_own_editors_only()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);
        var other = await api.SignInAsync(scenario.OtherEditor);
        var board = await api.SignInAsync("board4@demo.icn");
        var id = (await editor.PostAsync(Submit, new { input = Figures(scenario.ClusterGlobalId, await YearWithoutBenchmarkAsync(scenario.ClusterId), memberCount: 77) }))
            .Succeeded("submitBenchmark", "benchmark")["id"]!.GetValue<string>();
        var list = "query($slug: String!) { cluster(slug: $slug) { benchmarks { id } } }";

        Assert.Equal(77, (await editor.PostAsync(ReadNode, new { id })).Data!["node"]!["memberCount"]!.GetValue<int>());
        Assert.Equal(77, (await board.PostAsync(ReadNode, new { id })).Data!["node"]!["memberCount"]!.GetValue<int>());
        Assert.Null((await other.PostAsync(ReadNode, new { id })).Data!["node"]);
        Assert.Contains(id, (await editor.PostAsync(list, new { slug = scenario.Slug })).Data!["cluster"]!["benchmarks"]!.AsArray().Select(b => b!["id"]!.GetValue<string>()));
        Assert.Contains(id, (await board.PostAsync(list, new { slug = scenario.Slug })).Data!["cluster"]!["benchmarks"]!.AsArray().Select(b => b!["id"]!.GetValue<string>()));
        Assert.Empty((await other.PostAsync(list, new { slug = scenario.Slug })).Data!["cluster"]!["benchmarks"]!.AsArray());

        var anonymousNode = await api.Anonymous.PostAsync(ReadNode, new { id });
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymousNode.Status, anonymousNode.FirstErrorCode));
        var anonymousList = await api.Anonymous.PostAsync(list, new { slug = scenario.Slug });
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymousList.Status, anonymousList.FirstErrorCode));
    }

    [Fact]
    public async Task An_editor_cannot_submit_for_another_cluster_and_its_benchmarks_stay_unchanged()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var intruder = await api.SignInAsync(scenario.OtherEditor);
        await using var db = api.CreateDbContext();
        var before = await db.Benchmarks.AsNoTracking().Where(b => b.ClusterId == scenario.ClusterId).OrderBy(b => b.Year).Select(b => new { b.Year, b.MemberCount, b.Version }).ToListAsync();
        var year = before.Count > 0 ? before[^1].Year : ThisYear - 1;

        var response = await intruder.PostAsync(Submit, new { input = Figures(scenario.ClusterGlobalId, year, memberCount: 1) });

        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.clusterId"), response.Failed("submitBenchmark"));
        var after = await db.Benchmarks.AsNoTracking().Where(b => b.ClusterId == scenario.ClusterId).OrderBy(b => b.Year).Select(b => new { b.Year, b.MemberCount, b.Version }).ToListAsync();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Years_in_the_future_before_2000_or_before_the_founding_and_negative_figures_are_refused()
    {
        var scenario = await WritingScenario.PickAsync(api, ScenarioIndex);
        var editor = await api.SignInAsync(scenario.Editor);
        await using var db = api.CreateDbContext();
        var before = await db.Benchmarks.CountAsync();

        var future = await editor.PostAsync(Submit, new { input = Figures(scenario.ClusterGlobalId, ThisYear + 1, memberCount: 10) });
        var early = await editor.PostAsync(Submit, new { input = Figures(scenario.ClusterGlobalId, 1999, memberCount: 10) });
        var negative = await editor.PostAsync(Submit, new
        {
            input = new { clusterId = scenario.ClusterGlobalId, year = ThisYear - 1, memberCount = -1, turnoverBand = "OVER_TWENTY_MILLION", internationalProjects = -2, eventsAttended = -3, staffFullTimeEquivalents = -4 },
        });

        Assert.Equal(("ValidationError", "VALIDATION", "input.year"), future.Failed("submitBenchmark"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.year"), early.Failed("submitBenchmark"));
        string[] expected = ["input.eventsAttended", "input.internationalProjects", "input.memberCount", "input.staffFullTimeEquivalents"];
        Assert.Equal(expected, negative.ErrorPaths("submitBenchmark").Order(StringComparer.Ordinal));

        // The cluster says it was founded in 2015 (its own editor may say so), so 2012 cannot be benchmarked.
        var version = await db.Clusters.Where(c => c.Id == scenario.ClusterId).Select(c => c.Version).SingleAsync();
        (await editor.PostAsync($$"""mutation($input: UpdateClusterInput!) { updateCluster(input: $input) { {{Errors}} } }""", new { input = new { id = scenario.ClusterGlobalId, version, foundedYear = 2015 } }))
            .Succeeded("updateCluster", "errors");
        var beforeFounding = await editor.PostAsync(Submit, new { input = Figures(scenario.ClusterGlobalId, 2012, memberCount: 10) });
        Assert.Equal(("ValidationError", "VALIDATION", "input.year"), beforeFounding.Failed("submitBenchmark"));
        Assert.Equal(before, await db.Benchmarks.CountAsync());
    }

    [Fact]
    public async Task Submitting_needs_a_writer_role_before_anything_executes()
    {
        var mutation = """mutation { submitBenchmark(input: { clusterId: "x", year: 2025, memberCount: 1, turnoverBand: UNDER_ONE_MILLION, internationalProjects: 0, eventsAttended: 0, staffFullTimeEquivalents: 1 }) { errors { message } } }""";

        var anonymous = await api.Anonymous.PostAsync(mutation);
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));
        Assert.Equal(["submitBenchmark"], anonymous.Errors[0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));

        var board = await (await api.SignInAsync("board5@demo.icn")).PostAsync(mutation);
        Assert.Equal((403, "FORBIDDEN"), (board.Status, board.FirstErrorCode));
        Assert.Null(board.Data);
    }

    private static object Figures(string clusterId, int year, int memberCount) => new
    {
        clusterId, year, memberCount, turnoverBand = "UNDER_ONE_MILLION", internationalProjects = 3, eventsAttended = 2, staffFullTimeEquivalents = 4,
    };

    /// <summary>A year the cluster has no benchmark for yet, so each test starts from a fresh one.</summary>
    private async Task<int> YearWithoutBenchmarkAsync(Guid clusterId)
    {
        await using var db = api.CreateDbContext();
        var taken = await db.Benchmarks.Where(b => b.ClusterId == clusterId).Select(b => b.Year).ToListAsync();
        var founded = await db.Clusters.Where(c => c.Id == clusterId).Select(c => c.FoundedYear).SingleAsync() ?? 2000;
        return Enumerable.Range(Math.Max(2000, founded), ThisYear - Math.Max(2000, founded) + 1).Reverse().First(y => !taken.Contains(y));
    }
}
