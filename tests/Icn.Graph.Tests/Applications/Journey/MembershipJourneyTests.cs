using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;
using Icn.Graph.Tests.Obligations;
using static Icn.Graph.Tests.Applications.Journey.ApplicationJourney;

namespace Icn.Graph.Tests.Applications.Journey;

/// <summary>
/// The membership process end to end through the public API, as the applicant, the Secretariat and
/// each Board member live it, with the clock moved for reminders, the Board's deadline, withdrawal
/// and the fee's escalation (DOMAIN.md; issue 7). The Board is the demo's, as the admin lists it:
/// its size decides the majority, never a number written here. Each test has its own applicant;
/// the clock only goes forward, so each test counts its days from wherever it finds the clock.
/// </summary>
public sealed class MembershipJourneyTests(JourneyApiFixture api) : IClassFixture<JourneyApiFixture>
{
    private static readonly TimeSpan BoardDeadline = TimeSpan.FromDays(14);

    [Fact]
    public async Task A_majority_of_the_whole_Board_approving_makes_a_member_invoices_its_fee_closes_the_other_votes_and_starts_its_obligations()
    {
        var journey = await SubmitAsync(api, "Approved Valley Cluster");
        Assert.Equal("SUBMITTED", await journey.StatusAsync());
        await journey.ScreenAsync("ready-for-board", "All seven criteria are evidenced.");
        Assert.Equal("WITH_BOARD", await journey.StatusAsync());
        Assert.Empty(await journey.InboxAsync(Secretariat));
        Assert.Equal(api.Board.Count, await journey.OpenBoardTasksAsync());

        foreach (var member in api.Board.Take(api.Majority - 1))
        {
            await journey.VoteAsync(member, "approve");
        }

        Assert.Equal("WITH_BOARD", await journey.StatusAsync());
        await journey.VoteAsync(api.Board[api.Majority - 1], "approve");

        var approvedOn = api.Today;
        var approved = await journey.AsStaffSeesItAsync();
        var cluster = approved["cluster"]!;
        Assert.Equal(("APPROVED", "Approved Valley Cluster", "MEMBER", approvedOn.ToString("yyyy-MM-dd")), (
            approved["status"]!.GetValue<string>(),
            cluster["name"]!.GetValue<string>(),
            cluster["membership"]!["status"]!.GetValue<string>(),
            cluster["membership"]!["since"]!.GetValue<string>()));
        Assert.Equal(cluster["id"]!.GetValue<string>(), (await journey.FollowAsync())["cluster"]!["id"]!.GetValue<string>());
        Assert.Equal(0, await journey.OpenBoardTasksAsync());

        var invoice = await FeeInvoiceAsync(cluster["id"]!.GetValue<string>(), approvedOn.Year);
        var dueOn = approvedOn.AddDays(30).ToString("yyyy-MM-dd");
        Assert.Equal((1_000_000, "EUR", dueOn, approvedOn.ToString("yyyy-MM-dd")), (
            invoice["amount"]!["amountMinor"]!.GetValue<int>(),
            invoice["amount"]!["currency"]!.GetValue<string>(),
            invoice["dueOn"]!.GetValue<string>(),
            invoice["issuedOn"]!.GetValue<string>()));
        Assert.Contains($"due {dueOn}", await journey.MailAsync("Welcome to ICN"), StringComparison.Ordinal);

        // The obligations cycle starts in a burst of its own once the approval is committed: the timer worker runs it.
        var obligations = await Eventually.ValueAsync(
            () => ObligationsWorkflowAsync(cluster["id"]!.GetValue<string>()),
            instance => instance is not null,
            "the member-obligations workflow of the new member",
            _ => "no instance yet");
        Assert.Equal("RUNNING", obligations!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_majority_rejecting_rejects_and_the_applicant_is_told_the_reasons_of_those_who_rejected()
    {
        Assert.True(api.Board.Count > api.Majority, $"A dissenting vote needs a Board larger than its majority; it has {api.Board.Count} members.");
        var journey = await SubmitAsync(api, "Rejected Harbour Cluster");
        await journey.ScreenAsync("ready-for-board", "Borderline on the track record.");
        const string ApproverComment = "A strong partner for the network.";
        await journey.VoteAsync(api.Board[0], "approve", ApproverComment);

        // Every rejecting member but the last gives a reason: the decision keeps the reasons given.
        var rejecters = api.Board.Skip(1).Take(api.Majority).ToList();
        var reasons = rejecters.SkipLast(1).Select((_, i) => $"Reason {i + 1}: the track record is too short.").ToList();
        for (var i = 0; i < rejecters.Count; i++)
        {
            await journey.VoteAsync(rejecters[i], "reject", i < reasons.Count ? reasons[i] : null);
        }

        var (status, decisionReason) = await journey.DecisionAsync();
        Assert.Equal("REJECTED", status);
        const string Prefix = "The Board decided against the application: ";
        Assert.StartsWith(Prefix, decisionReason, StringComparison.Ordinal);
        // Answers given at the same moment of the test clock have no order of their own: compare as sets.
        Assert.Equal(reasons.Order(), decisionReason![Prefix.Length..].Split('\n').Order());
        var mail = await journey.MailAsync("Your ICN application");
        Assert.Contains("The Board's reasons: ", mail, StringComparison.Ordinal);
        Assert.All(reasons, reason => Assert.Contains(reason, mail, StringComparison.Ordinal));
        Assert.DoesNotContain(ApproverComment, mail + decisionReason, StringComparison.Ordinal);
        Assert.Equal(0, await journey.OpenBoardTasksAsync());
    }

    [Fact]
    public async Task A_majority_deferring_sends_the_application_back_to_the_Secretariat()
    {
        var journey = await SubmitAsync(api, "Deferred Coast Cluster");
        await journey.ScreenAsync("ready-for-board", "Ready.");
        foreach (var member in api.Board.Take(api.Majority))
        {
            await journey.VoteAsync(member, "defer", "Please check their member list first.");
        }

        Assert.Equal("SCREENING", await journey.StatusAsync());
        AssertScreeningTask(await journey.InboxAsync(Secretariat), journey);
        Assert.Equal(0, await journey.OpenBoardTasksAsync());
    }

    [Fact]
    public async Task At_the_deadline_a_quorum_decides_by_the_most_cast_decision_and_a_tie_defers()
    {
        Assert.True(api.Board.Count > api.Majority, $"A quorum short of everyone needs a Board larger than its majority; it has {api.Board.Count} members.");
        var mostCast = await SubmitAsync(api, "Quorum Bay Cluster");
        var tied = await SubmitAsync(api, "Tied Vote Cluster");
        await mostCast.ScreenAsync("ready-for-board", "Ready.");
        await tied.ScreenAsync("ready-for-board", "Ready.");

        // A quorum each, and no majority: approve leads in one, approve and reject tie in the other.
        for (var i = 0; i < api.Majority; i++)
        {
            await mostCast.VoteAsync(api.Board[i], i < api.Majority - 1 ? "approve" : "abstain");
            await tied.VoteAsync(api.Board[i], i switch { 0 => "approve", 1 => "reject", _ => "abstain" });
        }

        Assert.Equal(("WITH_BOARD", "WITH_BOARD"), (await mostCast.StatusAsync(), await tied.StatusAsync()));
        await api.AdvanceAsync(BoardDeadline - TimeSpan.FromHours(1));
        Assert.Equal(("WITH_BOARD", "WITH_BOARD"), (await mostCast.StatusAsync(), await tied.StatusAsync()));

        await api.AdvanceAsync(TimeSpan.FromHours(2));

        Assert.Equal("APPROVED", await mostCast.StatusAsync());
        Assert.Equal("MEMBER", (await mostCast.AsStaffSeesItAsync())["cluster"]!["membership"]!["status"]!.GetValue<string>());
        Assert.Equal("SCREENING", await tied.StatusAsync());
        AssertScreeningTask(await tied.InboxAsync(Secretariat), tied);
        Assert.Equal((0, 0), (await mostCast.OpenBoardTasksAsync(), await tied.OpenBoardTasksAsync()));
    }

    [Fact]
    public async Task At_the_deadline_without_a_quorum_the_application_goes_back_to_the_Secretariat()
    {
        var journey = await SubmitAsync(api, "No Quorum Fjord Cluster");
        await journey.ScreenAsync("ready-for-board", "Ready.");
        foreach (var member in api.Board.Take(api.Majority - 1))
        {
            await journey.VoteAsync(member, "approve");
        }

        await api.AdvanceAsync(BoardDeadline + TimeSpan.FromHours(1));

        Assert.Equal(("SCREENING", null), await journey.DecisionAsync());
        AssertScreeningTask(await journey.InboxAsync(Secretariat), journey);
        Assert.Equal(0, await journey.OpenBoardTasksAsync());
    }

    [Fact]
    public async Task An_information_request_answered_goes_back_to_the_Secretariat_and_is_never_withdrawn()
    {
        var journey = await SubmitAsync(api, "Answering Delta Cluster");
        const string Question = "Please describe your international strategy.";
        await journey.ScreenAsync("incomplete", Question);

        var asked = await journey.FollowAsync();
        Assert.Equal(("INFORMATION_REQUESTED", Question), (asked["status"]!.GetValue<string>(), asked["informationRequest"]!.GetValue<string>()));
        Assert.Contains(Question, await journey.MailAsync("Your ICN application: information requested"), StringComparison.Ordinal);

        await journey.RespondAsync("Our strategy: partners in three continents.");
        Assert.Equal("SCREENING", await journey.StatusAsync());
        AssertScreeningTask(await journey.InboxAsync(Secretariat), journey);

        await api.AdvanceAsync(TimeSpan.FromDays(61));

        Assert.Equal("SCREENING", await journey.StatusAsync());
        Assert.Equal(["Your ICN application: information requested"], (await journey.MailsAsync()).Select(mail => mail.Subject));
    }

    [Fact]
    public async Task An_unanswered_information_request_is_reminded_after_14_days_and_withdrawn_after_60_with_the_applicant_told()
    {
        var journey = await SubmitAsync(api, "Silent Plains Cluster");
        await journey.ScreenAsync("incomplete", "Please add your member list.");
        const string Reminder = "Reminder: your ICN application waits for your answer";

        await api.AdvanceAsync(TimeSpan.FromDays(14) - TimeSpan.FromHours(1));
        Assert.DoesNotContain(await journey.MailsAsync(), mail => mail.Subject == Reminder);
        await api.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Contains("Silent Plains Cluster", await journey.MailAsync(Reminder), StringComparison.Ordinal);
        Assert.Equal("INFORMATION_REQUESTED", await journey.StatusAsync());

        await api.AdvanceAsync(TimeSpan.FromDays(46) - TimeSpan.FromHours(1));
        Assert.Equal("INFORMATION_REQUESTED", await journey.StatusAsync());
        await api.AdvanceAsync(TimeSpan.FromHours(1));

        Assert.Equal(("WITHDRAWN", "No answer to the information request within 60 days."), await journey.DecisionAsync());
        Assert.Contains("Silent Plains Cluster", await journey.MailAsync("Your ICN application was withdrawn"), StringComparison.Ordinal);
        Assert.Empty(await journey.InboxAsync(Secretariat));
    }

    [Fact]
    public async Task Not_eligible_rejects_with_the_Secretariats_reason_told_to_the_applicant()
    {
        var journey = await SubmitAsync(api, "Ineligible Flats Cluster");
        const string Reason = "The cluster's focus is packaging, not cleantech.";
        await journey.ScreenAsync("not-eligible", Reason);

        Assert.Equal(("REJECTED", Reason), await journey.DecisionAsync());
        Assert.Contains(Reason, await journey.MailAsync("Your ICN application"), StringComparison.Ordinal);
        Assert.Equal(0, await journey.OpenBoardTasksAsync());
        Assert.Empty(await journey.InboxAsync(Secretariat));
    }

    [Fact]
    public async Task A_fee_paid_before_its_due_date_ends_there_and_an_unpaid_one_is_reminded_then_escalated_to_the_Secretariat()
    {
        var payer = await SubmitAsync(api, "Prompt Payer Cluster");
        var debtor = await SubmitAsync(api, "Late Payer Cluster");
        var payerCluster = await payer.ApproveAsync();
        var debtorCluster = await debtor.ApproveAsync();
        var year = api.Today.Year;
        var payerInvoice = await FeeInvoiceAsync(payerCluster, year);
        var debtorInvoice = await FeeInvoiceAsync(debtorCluster, year);
        Assert.Equal(payerInvoice["dueOn"]!.GetValue<string>(), debtorInvoice["dueOn"]!.GetValue<string>());

        var secretariat = await api.SignInAsync(Secretariat);
        var paid = (await secretariat.PostAsync(
            "mutation($invoice: ID!, $paidAt: DateTime!) { recordFeePayment(input: { invoiceId: $invoice, paidAt: $paidAt, paymentReference: \"ICN-PROMPT-1\" }) { invoice { paidAt } errors { __typename code message path } } }",
            new { invoice = payerInvoice["id"]!.GetValue<string>(), paidAt = api.Clock.GetUtcNow() })).Succeeded("recordFeePayment", "invoice");
        Assert.NotNull(paid["paidAt"]);

        // The day after the due date: the unpaid fee is reminded, the paid one's branch ended.
        var dueOn = DateOnly.Parse(debtorInvoice["dueOn"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        await api.AdvanceAsync(new DateTimeOffset(dueOn.AddDays(1), TimeOnly.MinValue, TimeSpan.Zero) - api.Clock.GetUtcNow());
        const string Overdue = "ICN annual fee overdue";
        Assert.Contains(dueOn.ToString("yyyy-MM-dd"), await debtor.MailAsync(Overdue), StringComparison.Ordinal);
        Assert.DoesNotContain(await payer.MailsAsync(), mail => mail.Subject == Overdue);
        var payerJournal = (await ObligationsWorkflowAsync(payerCluster))!["journal"]!.AsArray();
        Assert.Contains(payerJournal, entry => entry!["activityId"]!.GetValue<string>() == "fee-paid?" && entry["outcome"]?.GetValue<string>() == "paid");
        Assert.Empty(await debtor.InboxAsync(Secretariat, debtorCluster));

        // 14 days after the reminder, not before, the Secretariat is asked to act.
        await api.AdvanceAsync(TimeSpan.FromDays(14) - TimeSpan.FromHours(1));
        Assert.Empty(await debtor.InboxAsync(Secretariat, debtorCluster));
        await api.AdvanceAsync(TimeSpan.FromHours(1));

        var escalation = Assert.Single(await debtor.InboxAsync(Secretariat, debtorCluster));
        Assert.Equal(("Annual fee overdue: Late Payer Cluster", "SECRETARIAT"), (escalation["title"]!.GetValue<string>(), escalation["assigneeRole"]!.GetValue<string>()));
        Assert.Empty(await payer.InboxAsync(Secretariat, payerCluster));
        var lateFees = (await (await api.SignInAsync(Secretariat)).RowsAsync(year, late: true)).Where(row => row["kind"]!.GetValue<string>() == "ANNUAL_FEE").Select(row => row.ClusterId()).ToList();
        Assert.Contains(debtorCluster, lateFees);
        Assert.DoesNotContain(payerCluster, lateFees);
    }

    private static void AssertScreeningTask(List<JsonNode> secretariatInbox, ApplicationJourney journey)
    {
        var task = Assert.Single(secretariatInbox);
        Assert.Equal(($"Screen the application of {journey.ClusterName}", "SECRETARIAT", false), (
            task["title"]!.GetValue<string>(), task["assigneeRole"]!.GetValue<string>(), task["claimed"]!.GetValue<bool>()));
    }

    /// <summary>The cluster's fee invoice of <paramref name="year"/>, as the obligations query shows it to the Secretariat.</summary>
    private async Task<JsonNode> FeeInvoiceAsync(string clusterId, int year)
    {
        var secretariat = await api.SignInAsync(Secretariat);
        var fee = (await secretariat.RowsAsync(year, clusterId)).ByKind()["ANNUAL_FEE"];
        var invoiceId = Assert.Single(fee.Evidence())!["node"]!["id"]!.GetValue<string>();
        var response = await secretariat.PostAsync(
            "query($id: ID!) { node(id: $id) { ... on FeeInvoice { id amount { amountMinor currency } issuedOn dueOn paidAt } } }", new { id = invoiceId });
        Assert.True(response.Errors.Count == 0, response.Pretty);
        return response.Data!["node"]!;
    }

    /// <summary>The member-obligations instance of a member, as the Secretariat lists it; null before it starts.</summary>
    private async Task<JsonNode?> ObligationsWorkflowAsync(string clusterId)
    {
        var response = await (await api.SignInAsync(Secretariat)).PostAsync(
            "query($cluster: String!) { workflowInstances(where: { definitionId: { eq: \"member-obligations\" }, subjectId: { eq: $cluster } }) { nodes { status journal { activityId event outcome } } } }",
            new { cluster = clusterId });
        Assert.True(response.Errors.Count == 0, response.Pretty);
        return response.Data!["workflowInstances"]!["nodes"]!.AsArray().SingleOrDefault();
    }
}
