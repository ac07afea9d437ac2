using Icn.Domain.Workflows;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Icn.Graph.Tests.Applications.ApplicationRequests;
using static Icn.Graph.Tests.Applications.ApplicationSteps;

namespace Icn.Graph.Tests.Applications;

/// <summary>The applicant withdraws their application with the token: the workflow stops, its tasks leave the inboxes, the applicant is told.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class WithdrawApplicationTests(StaffApiFixture api)
{
    private const string Withdraw = $"mutation($token: String!, $reason: String) {{ withdrawApplication(input: {{ token: $token, reason: $reason }}) {{ application {{ status decisionReason decidedAt }} {ApplicationRequests.Errors} }} }}";

    [Fact]
    public async Task A_withdrawal_stops_the_workflow_empties_the_Secretariats_inbox_and_tells_the_applicant()
    {
        var (id, token) = await SubmitAsync(api.Anonymous, "Merging Cluster", "merging@example.org");
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        Assert.Single(await OpenTasksAsync(secretariat, id));

        var withdrawn = (await api.Anonymous.PostAsync(Withdraw, new { token, reason = "  We merged with another cluster.  " })).Succeeded("withdrawApplication", "application");

        Assert.Equal(("WITHDRAWN", "We merged with another cluster."), (withdrawn["status"]!.GetValue<string>(), withdrawn["decisionReason"]!.GetValue<string>()));
        Assert.NotNull(withdrawn["decidedAt"]);
        Assert.Empty(await OpenTasksAsync(secretariat, id));
        Assert.Equal("WITHDRAWN", (await api.Anonymous.PostAsync(ByToken, new { token })).Data!["applicationByToken"]!["status"]!.GetValue<string>());

        await using var db = api.CreateDbContext();
        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.SubjectId == id);
        Assert.Equal(WorkflowInstanceStatus.Cancelled, instance.Status);
        var last = await db.WorkflowJournal.Where(e => e.InstanceId == instance.Id).OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal(("cancelled", "Withdrawn by the applicant."), (last.Event, last.Summary));
        Assert.Contains(await db.OutboxMessages.Where(m => m.Recipient == "merging@example.org").Select(m => m.Subject).ToListAsync(), s => s == "Your ICN application was withdrawn");

        Assert.Equal(("ConflictError", "CONFLICT", "input.token"), (await api.Anonymous.PostAsync(Withdraw, new { token })).Failed("withdrawApplication"));
    }

    [Fact]
    public async Task A_withdrawal_while_the_Board_votes_closes_the_open_votes_and_keeps_the_cast_ones()
    {
        var (id, token) = await SubmitAsync(api.Anonymous, "Second Thoughts Cluster", "second.thoughts@example.org");
        await ScreenAsync(await api.SignInAsync("secretariat@demo.icn"), id, "ready-for-board", "Ready.");
        await VoteAsync(await api.SignInAsync("board1@demo.icn"), id, "approve", "Welcome.");

        var withdrawn = (await api.Anonymous.PostAsync(Withdraw, new { token })).Succeeded("withdrawApplication", "application");

        Assert.Equal(("WITHDRAWN", "Withdrawn by the applicant."), (withdrawn["status"]!.GetValue<string>(), withdrawn["decisionReason"]!.GetValue<string>()));
        Assert.Empty(await OpenTasksAsync(await api.SignInAsync("board2@demo.icn"), id));
        var votes = (await (await api.SignInAsync("secretariat@demo.icn")).PostAsync("query($id: ID!) { node(id: $id) { ... on Application { votes { status decision } } } }", new { id }))
            .Data!["node"]!["votes"]!.AsArray();
        var counted = votes.Select(v => $"{v!["status"]!.GetValue<string>()}:{v["decision"]?.GetValue<string>()}").CountBy(v => v).ToDictionary();
        Assert.Equal((1, votes.Count - 1), (counted["COMPLETED:approve"], counted["CANCELLED:"]));
    }

    [Fact]
    public async Task An_unknown_token_finds_nothing_and_a_reason_too_long_is_refused()
    {
        var (_, token) = await SubmitAsync(api.Anonymous, "Wordy Cluster", "wordy@example.org");

        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.token"), (await api.Anonymous.PostAsync(Withdraw, new { token = new string('x', 43) })).Failed("withdrawApplication"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.reason"), (await api.Anonymous.PostAsync(Withdraw, new { token, reason = new string('r', 2001) })).Failed("withdrawApplication"));
        Assert.Equal("SUBMITTED", (await api.Anonymous.PostAsync(ByToken, new { token })).Data!["applicationByToken"]!["status"]!.GetValue<string>());
    }
}
