using Icn.Graph.Tests.Infrastructure;
using static Icn.Graph.Tests.Applications.EndedRoles.RoleEndSteps;

namespace Icn.Graph.Tests.Applications.EndedRoles;

/// <summary>
/// An admin deactivates the one Board member who has not voted yet: the vote task is withdrawn and,
/// in the same transaction, the votes of the four remaining members decide. The demo's Board of
/// five, on a database of this class's own (a deactivation is not undone).
/// </summary>
public sealed class BoardMemberDeactivatedTests(StaffApiFixture api) : IClassFixture<StaffApiFixture>
{
    [Fact]
    public async Task Deactivating_the_last_Board_member_to_vote_withdraws_their_vote_and_the_remaining_votes_decide_at_once()
    {
        var admin = await api.SignInAsync(AdminAccount);
        var secretariat = await api.SignInAsync(SecretariatAccount);
        var board = await ApplicationSteps.BoardMembersAsync(admin);
        Assert.True(board.Count == 5, $"The votes below are chosen for the demo's Board of five; it has {board.Count}.");
        var (application, _) = await ApplicationRequests.SubmitAsync(api.Anonymous, "Departed Member Cluster", "departed-member@applicant.example");
        await ApplicationSteps.ScreenAsync(secretariat, application, "ready-for-board", "Ready.");
        await ApplicationSteps.VoteAsync(await api.SignInAsync(board[0]), application, "approve");
        await ApplicationSteps.VoteAsync(await api.SignInAsync(board[1]), application, "approve");
        await ApplicationSteps.VoteAsync(await api.SignInAsync(board[2]), application, "reject");
        await ApplicationSteps.VoteAsync(await api.SignInAsync(board[3]), application, "abstain");
        Assert.Equal("WITH_BOARD", await StatusAsync(secretariat, application));

        var (leavingId, leavingName) = await UserAsync(admin, board[4]);
        var token = await TokenAsync(api, board[4]);
        var taskId = Assert.Single(await InboxAsync(WithToken(api.Factory, token), application))["id"]!.GetValue<string>();
        await using var elsewhere = AnotherProcess(api);
        var stale = WithToken(elsewhere, token);
        Assert.Single(await InboxAsync(stale, application));

        await DeactivateAsync(admin, leavingId);

        // The four remaining members have all answered: two approvals against one rejection decide.
        Assert.Equal("APPROVED", await StatusAsync(secretariat, application));
        Assert.Equal((null, "CANCELLED"), await VoteOfAsync(secretariat, application, leavingName));
        Assert.Contains(("Demo Admin", $"Withdrawn: {leavingName} no longer holds BOARD; 4 of 4 answered."), await HistoryAsync(secretariat, application, "completed"));

        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.taskId"), (await stale.PostAsync(Complete, new { task = taskId, outcome = "reject" })).StillSignedIn().Failed("completeTask"));
        Assert.Empty(await InboxAsync(stale, application));
        Assert.Equal("APPROVED", await StatusAsync(secretariat, application));
        Assert.Equal(401, (await WithToken(api.Factory, token).PostAsync(Complete, new { task = taskId, outcome = "reject" })).Status);
    }
}
