using Icn.Graph.Tests.Infrastructure;
using static Icn.Graph.Tests.Applications.ApplicationRequests;
using static Icn.Graph.Tests.Applications.ApplicationSteps;

namespace Icn.Graph.Tests.Applications;

/// <summary>An application's votes and history, read from its workflow's tasks and journal: who did what, when, with which comment.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class ApplicationRecordTests(StaffApiFixture api)
{
    private const string Record = """
        query($id: ID!) { node(id: $id) { ... on Application {
          status
          votes { boardMemberName decision comment status openedAt dueAt decidedAt }
          history { activityId event outcome actorName summary }
        } } }
        """;

    [Fact]
    public async Task The_Board_reads_each_members_vote_and_the_history_tells_who_did_what_with_which_comment()
    {
        // Tests sharing the fixture may have invited Board members of their own.
        var boardSize = (await BoardMembersAsync(await api.SignInAsync("admin@demo.icn"))).Count;
        var (id, _) = await SubmitAsync(api.Anonymous, "Recorded Fjord Cluster");
        await ScreenAsync(await api.SignInAsync("secretariat@demo.icn"), id, "ready-for-board", "All seven criteria evidenced.");
        await VoteAsync(await api.SignInAsync("board1@demo.icn"), id, "approve", "A strong track record.");
        await VoteAsync(await api.SignInAsync("board2@demo.icn"), id, "reject", "Too small for now.");

        var application = (await (await api.SignInAsync("board3@demo.icn")).PostAsync(Record, new { id })).Data!["node"]!;

        Assert.Equal("WITH_BOARD", application["status"]!.GetValue<string>());
        var votes = application["votes"]!.AsArray().Select(v => v!).ToList();
        Assert.Equal(boardSize, votes.Count);
        var cast = votes.Where(v => v["status"]!.GetValue<string>() == "COMPLETED")
            .Select(v => (v["boardMemberName"]!.GetValue<string>(), v["decision"]!.GetValue<string>(), v["comment"]!.GetValue<string>()))
            .Order()
            .ToList();
        Assert.Equal([("Demo Board member 1", "approve", "A strong track record."), ("Demo Board member 2", "reject", "Too small for now.")], cast);
        Assert.All(votes.Where(v => v["status"]!.GetValue<string>() == "OPEN"), v => Assert.Equal((null, null), (v["decision"], v["decidedAt"])));
        Assert.Single(votes.Select(v => v["openedAt"]!.GetValue<string>()).Distinct());
        Assert.All(votes, v => Assert.NotNull(v["dueAt"]));

        var history = application["history"]!.AsArray().Select(e => e!).ToList();
        Assert.Equal("start", history[0]["activityId"]!.GetValue<string>());
        var screened = history.Single(e => e["activityId"]!.GetValue<string>() == "screen" && e["event"]!.GetValue<string>() == "completed");
        Assert.Equal(("ready-for-board", "Demo Secretariat", "Answered ready-for-board (\"All seven criteria evidenced.\")."),
            (screened["outcome"]!.GetValue<string>(), screened["actorName"]!.GetValue<string>(), screened["summary"]!.GetValue<string>()));
        var firstVote = history.Single(e => e["activityId"]!.GetValue<string>() == "vote" && e["actorName"]?.GetValue<string>() == "Demo Board member 1");
        Assert.Equal($"Answered approve (\"A strong track record.\"); 1 of {boardSize} answered.", firstVote["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_Board_member_whose_invitation_is_not_accepted_yet_holds_no_vote()
    {
        var admin = await api.SignInAsync("admin@demo.icn");
        (await admin.PostAsync(
            $"mutation {{ inviteUser(input: {{ email: \"new.board.member@example.org\", displayName: \"Invited Board Member\", roles: [BOARD] }}) {{ user {{ status }} {ApplicationRequests.Errors} }} }}"))
            .Succeeded("inviteUser", "user");
        var boardSize = (await BoardMembersAsync(admin)).Count;
        var (id, _) = await SubmitAsync(api.Anonymous, "Invitation Pending Cluster");

        await ScreenAsync(await api.SignInAsync("secretariat@demo.icn"), id, "ready-for-board", "Ready.");

        var votes = (await admin.PostAsync("query($id: ID!) { node(id: $id) { ... on Application { votes { boardMemberName } } } }", new { id })).Data!["node"]!["votes"]!.AsArray();
        Assert.Equal(boardSize, votes.Count);
        Assert.DoesNotContain(votes, v => v!["boardMemberName"]!.GetValue<string>() == "Invited Board Member");
    }

    [Fact]
    public async Task Votes_and_history_are_for_the_networks_staff_not_the_applicant()
    {
        var (_, token) = await SubmitAsync(api.Anonymous, "Curious Applicant Cluster", "curious@example.org");

        var votes = await api.Anonymous.PostAsync("query($token: String!) { applicationByToken(token: $token) { status votes { decision } } }", new { token });
        var history = await api.Anonymous.PostAsync("query($token: String!) { applicationByToken(token: $token) { history { summary } } }", new { token });

        Assert.Equal((401, null), (votes.Status, votes.Data));
        Assert.Equal((401, null), (history.Status, history.Data));
        var own = await api.Anonymous.PostAsync("query($token: String!) { applicationByToken(token: $token) { status contactErasedAt } }", new { token });
        Assert.Equal("SUBMITTED", own.Data!["applicationByToken"]!["status"]!.GetValue<string>());
    }
}
