using System.Net.Http.Headers;
using Icn.Domain.Membership;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Icn.Graph.Tests.Obligations;

/// <summary>
/// obligations(year, clusterId, late) through the API, on "today" = 2026-06-15: each obligation met
/// and late from the records, the demo network's paid and overdue fees, who sees whose, the late
/// filter and the arguments refused.
/// </summary>
public sealed class ObligationTests(ObligationApiFixture api) : IClassFixture<ObligationApiFixture>
{
    private static readonly string[] AllKinds = ["ANNUAL_FEE", "NEWS_UPDATES", "EVENT_PARTICIPATION", "NETWORKING", "KNOWLEDGE", "BENCHMARK"];

    private ObligationScenario Scenario => api.Scenario;

    [Fact]
    public async Task Every_obligation_is_met_by_its_records_and_a_fee_paid_after_its_due_day_is_met_not_late()
    {
        var secretariat = await api.SignInAsync("secretariat@demo.icn");

        var rows = (await secretariat.RowsAsync(2025, ObligationApiFixture.ClusterId(Scenario.Diligent))).ByKind();

        Assert.Equal(AllKinds, rows.Keys);
        Assert.All(rows.Values, row => Assert.True(row.Met() && !row.Late(), row.ToJsonString()));
        var fee = rows["ANNUAL_FEE"];
        Assert.Equal("2025-02-14", fee.Due());
        Assert.Contains("6 days after", fee["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(GlobalId.Encode("FeeInvoice", Scenario.DiligentInvoice2025), fee.Evidence()[0]!["node"]!["id"]!.GetValue<string>());
        Assert.Equal("2025-02-20", fee.Evidence()[0]!["date"]!.GetValue<string>());
        Assert.Equal(["2025-02-10", "2025-05-10", "2025-08-10", "2025-11-10"], rows["NEWS_UPDATES"].Evidence().Select(e => e!["date"]!.GetValue<string>()));
        Assert.Equal("2025-12-31", rows["NEWS_UPDATES"].Due());
        Assert.Equal(["Article", "Article", "Article", "Article"], rows["NEWS_UPDATES"].EvidenceTypes());
        Assert.Equal(["Event"], rows["EVENT_PARTICIPATION"].EvidenceTypes());
        Assert.Contains("2 people", rows["EVENT_PARTICIPATION"].Evidence()[0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["Opportunity"], rows["NETWORKING"].EvidenceTypes());
        Assert.Equal(["Article"], rows["KNOWLEDGE"].EvidenceTypes());
        Assert.Equal(["Benchmark"], rows["BENCHMARK"].EvidenceTypes());
        Assert.All(new[] { "EVENT_PARTICIPATION", "NETWORKING", "KNOWLEDGE", "BENCHMARK" }, kind => Assert.Equal("2025-12-31", rows[kind].Due()));
    }

    [Fact]
    public async Task Every_obligation_is_late_once_its_due_day_passed_without_its_records()
    {
        var secretariat = await api.SignInAsync("secretariat@demo.icn");

        var rows = (await secretariat.RowsAsync(2025, ObligationApiFixture.ClusterId(Scenario.Idle))).ByKind();

        Assert.Equal(AllKinds, rows.Keys);
        Assert.All(rows.Values, row => Assert.True(!row.Met() && row.Late(), row.ToJsonString()));
        Assert.Equal("2025-02-14", rows["ANNUAL_FEE"].Due());
        Assert.Equal(["FeeInvoice"], rows["ANNUAL_FEE"].EvidenceTypes());
        // Q1 had its news; Q2 was the first quarter without, so that is when it fell due.
        Assert.Equal("2025-06-30", rows["NEWS_UPDATES"].Due());
        Assert.Single(rows["NEWS_UPDATES"].Evidence());
        // The Board meeting it attended is not participation, and its draft is no knowledge shared.
        Assert.Empty(rows["EVENT_PARTICIPATION"].Evidence());
        Assert.Empty(rows["KNOWLEDGE"].Evidence());
        Assert.Empty(rows["BENCHMARK"].Evidence());
    }

    [Fact]
    public async Task Within_the_year_only_what_fell_due_already_is_late()
    {
        var secretariat = await api.SignInAsync("secretariat@demo.icn");

        var idle = (await secretariat.RowsAsync(2026, ObligationApiFixture.ClusterId(Scenario.Idle))).ByKind();
        var diligent = (await secretariat.RowsAsync(2026, ObligationApiFixture.ClusterId(Scenario.Diligent))).ByKind();

        // No 2026 invoice yet: nothing owed, so neither met nor late, and no due day.
        Assert.Equal((false, false, null), (idle["ANNUAL_FEE"].Met(), idle["ANNUAL_FEE"].Late(), idle["ANNUAL_FEE"].Due()));
        Assert.Equal(("2026-03-31", true), (idle["NEWS_UPDATES"].Due(), idle["NEWS_UPDATES"].Late()));
        Assert.All(new[] { "EVENT_PARTICIPATION", "NETWORKING", "KNOWLEDGE", "BENCHMARK" },
            kind => Assert.Equal(("2026-12-31", false, false), (idle[kind].Due(), idle[kind].Met(), idle[kind].Late())));
        // An interest expressed today is networking.
        var networking = diligent["NETWORKING"];
        Assert.True(networking.Met());
        Assert.Equal(GlobalId.Encode("Opportunity", Scenario.OpportunityOfInterest), networking.Evidence()[0]!["node"]!["id"]!.GetValue<string>());
        Assert.StartsWith("Expressed interest", networking.Evidence()[0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("2026-06-15", networking.Evidence()[0]!["date"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_demo_networks_fees_read_as_paid_and_overdue()
    {
        await using var db = api.CreateDbContext();
        var today = DateOnly.FromDateTime(ObligationApiFixture.Today.UtcDateTime);
        var standing = ClusterMembership.PublicStatuses;
        var paid = await db.FeeInvoices.Where(i => i.Year == 2026 && i.PaidAt != null && standing.Contains(i.Cluster!.Membership.Status)).OrderBy(i => i.Id).FirstAsync();
        var overdue = await db.FeeInvoices.Where(i => i.Year == 2026 && i.PaidAt == null && i.DueOn < today && standing.Contains(i.Cluster!.Membership.Status)).OrderBy(i => i.Id).FirstAsync();
        var board = await api.SignInAsync("board2@demo.icn");

        var rows = await board.RowsAsync(2026);

        var paidRow = rows.Single(r => r.ClusterId() == ObligationApiFixture.ClusterId(paid.ClusterId) && r["kind"]!.GetValue<string>() == "ANNUAL_FEE");
        var overdueRow = rows.Single(r => r.ClusterId() == ObligationApiFixture.ClusterId(overdue.ClusterId) && r["kind"]!.GetValue<string>() == "ANNUAL_FEE");
        Assert.Equal((true, false, paid.DueOn.ToString("yyyy-MM-dd")), (paidRow.Met(), paidRow.Late(), paidRow.Due()));
        Assert.Contains(paid.PaymentReference!, paidRow.Evidence()[0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal((false, true, overdue.DueOn.ToString("yyyy-MM-dd")), (overdueRow.Met(), overdueRow.Late(), overdueRow.Due()));
        Assert.StartsWith("Unpaid: overdue since", overdueRow["summary"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Secretariat_the_Board_and_admins_see_every_member_cluster_six_rows_each()
    {
        await using var db = api.CreateDbContext();
        var nextYear = new DateOnly(2027, 1, 1);
        var members = await db.Clusters
            .Where(c => ClusterMembership.PublicStatuses.Contains(c.Membership.Status) && c.Membership.Since < nextYear)
            .Select(c => c.Id).ToListAsync();
        var expected = members.Select(ObligationApiFixture.ClusterId).Order().ToList();

        foreach (var email in new[] { "secretariat@demo.icn", "board1@demo.icn", "admin@demo.icn" })
        {
            var rows = await (await api.SignInAsync(email)).RowsAsync(2026);

            var byCluster = rows.GroupBy(r => r.ClusterId()).ToList();
            Assert.Equal(expected, byCluster.Select(g => g.Key).Order());
            Assert.All(byCluster, g => Assert.Equal(AllKinds, g.Select(r => r["kind"]!.GetValue<string>())));
        }

        Assert.Contains(ObligationApiFixture.ClusterId(Scenario.Idle), expected);
        Assert.True(expected.Count > 10, "the demo network has more than ten member clusters");
    }

    [Fact]
    public async Task An_editor_sees_their_own_clusters_obligations_and_is_refused_anothers()
    {
        await using var db = api.CreateDbContext();
        var own = await db.Clusters.Where(c => c.Membership.Status == MembershipStatus.Member).OrderBy(c => c.Slug).Select(c => new { c.Id, c.Slug }).FirstAsync();
        var editor = await api.SignInAsync($"editor.{own.Slug}@demo.icn");

        var omitted = await editor.RowsAsync(2026);
        var named = await editor.RowsAsync(2026, ObligationApiFixture.ClusterId(own.Id));
        var other = await editor.AskAsync(2026, ObligationApiFixture.ClusterId(Scenario.Diligent));

        Assert.Equal(6, omitted.Count);
        Assert.All(omitted, row => Assert.Equal(own.Slug, row["cluster"]!["slug"]!.GetValue<string>()));
        Assert.Equal(omitted.Select(r => r.ToJsonString()), named.Select(r => r.ToJsonString()));
        Assert.Equal("FORBIDDEN", other.FirstErrorCode);
        Assert.Null(other.Data?["obligations"]);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_website_keys_403()
    {
        var admin = await api.SignInAsync("admin@demo.icn");
        var created = await admin.PostAsync(
            "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret errors { message } } }",
            new { input = new { clusterId = ObligationApiFixture.ClusterId(Scenario.Diligent), name = "obligations test site", allowedOrigins = Array.Empty<string>() } });
        var secret = created.Payload("createApiKey")["secret"]!.GetValue<string>();
        var keyClient = api.Factory.CreateClient();
        keyClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", secret);

        var anonymous = await api.Anonymous.AskAsync(2026);
        var website = await new GraphQLClient(keyClient).AskAsync(2026);

        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));
        Assert.Equal((403, "FORBIDDEN"), (website.Status, website.FirstErrorCode));
        Assert.Null(anonymous.Data?["obligations"]);
        Assert.Null(website.Data?["obligations"]);
    }

    [Fact]
    public async Task The_late_filter_keeps_the_late_rows_or_the_others()
    {
        var secretariat = await api.SignInAsync("secretariat@demo.icn");

        var all = await secretariat.RowsAsync(2025);
        var late = await secretariat.RowsAsync(2025, late: true);
        var notLate = await secretariat.RowsAsync(2025, late: false);

        Assert.NotEmpty(late);
        Assert.NotEmpty(notLate);
        Assert.All(late, row => Assert.True(row.Late()));
        Assert.All(notLate, row => Assert.False(row.Late()));
        Assert.Equal(all.Where(r => r.Late()).Select(r => r.ToJsonString()), late.Select(r => r.ToJsonString()));
        Assert.Equal(all.Where(r => !r.Late()).Select(r => r.ToJsonString()), notLate.Select(r => r.ToJsonString()));
        Assert.Equal(6, late.Count(r => r.ClusterId() == ObligationApiFixture.ClusterId(Scenario.Idle)));
        Assert.DoesNotContain(late, r => r.ClusterId() == ObligationApiFixture.ClusterId(Scenario.Diligent));
    }

    [Theory]
    [InlineData(1999, null)]
    [InlineData(2028, null)]
    [InlineData(2026, "not-an-id")]
    [InlineData(2026, "article")]
    public async Task A_year_out_of_range_or_an_id_that_is_not_a_clusters_is_BAD_USER_INPUT(int year, string? clusterId)
    {
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        var id = clusterId == "article" ? GlobalId.Encode("Article", Scenario.Diligent) : clusterId;

        var response = await secretariat.AskAsync(year, id);

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Null(response.Data?["obligations"]);
        var message = response.Errors[0]!["message"]!.GetValue<string>();
        Assert.Contains(clusterId is null ? "'year' must be between 2000 and 2027" : "'clusterId' is not the id of a Cluster", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_member_costs_the_same_SQL_commands_as_one()
    {
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        await secretariat.RowsAsync(2025); // warm: the first request of a client also reads its account.
        using var counter = new SqlCommandCounter(new NpgsqlConnectionStringBuilder(api.Factory.ConnectionString).Database!);

        await secretariat.RowsAsync(2025, ObligationApiFixture.ClusterId(Scenario.Diligent));
        var one = counter.Count;
        counter.Reset();
        var rows = await secretariat.RowsAsync(2025);
        var all = counter.Count;

        Assert.True(rows.Count > 60, $"{rows.Count} rows");
        // Seven record queries, the clusters and one per type of evidence node, whatever the number
        // of clusters (a loader may split a batch once while the list resolves, hence the one spare).
        Assert.True(all <= one + 1, $"every member: {all} SQL commands; one cluster: {one}");
    }
}
