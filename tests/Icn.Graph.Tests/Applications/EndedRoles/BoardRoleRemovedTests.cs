using Icn.Graph.Tests.Infrastructure;
using static Icn.Graph.Tests.Applications.EndedRoles.RoleEndSteps;

namespace Icn.Graph.Tests.Applications.EndedRoles;

/// <summary>
/// An admin takes BOARD away from a Board member in the middle of a vote (updateUser): their vote
/// task is withdrawn in the same transaction, neither their fresh token nor one another process
/// still trusts can answer it, and the remaining Board decides without them. The demo's Board of
/// five, on a database of this class's own (the change is not undone for other tests).
/// </summary>
public sealed class BoardRoleRemovedTests(StaffApiFixture api) : IClassFixture<StaffApiFixture>
{
    [Fact]
    public async Task A_Board_member_who_loses_the_role_loses_their_vote_which_is_not_counted_and_the_remaining_Board_decides()
    {
        var admin = await api.SignInAsync(AdminAccount);
        var secretariat = await api.SignInAsync(SecretariatAccount);
        var board = await ApplicationSteps.BoardMembersAsync(admin);
        Assert.True(board.Count == 5, $"The votes below are chosen for the demo's Board of five; it has {board.Count}.");
        var (application, _) = await ApplicationRequests.SubmitAsync(api.Anonymous, "Leaving Member Cluster", "leaving-member@applicant.example");
        await ApplicationSteps.ScreenAsync(secretariat, application, "ready-for-board", "Ready.");
        await ApplicationSteps.VoteAsync(await api.SignInAsync(board[0]), application, "approve");
        await ApplicationSteps.VoteAsync(await api.SignInAsync(board[1]), application, "approve");

        var (leavingId, leavingName) = await UserAsync(admin, board[4]);
        var token = await TokenAsync(api, board[4]);
        var taskId = Assert.Single(await InboxAsync(WithToken(api.Factory, token), application))["id"]!.GetValue<string>();
        await using var elsewhere = AnotherProcess(api);
        var stale = WithToken(elsewhere, token);
        Assert.Single(await InboxAsync(stale, application));

        await SetRolesAsync(admin, leavingId, "SECRETARIAT");

        // Another process still takes the token for a Board member's for a few seconds: the task
        // asks the database, which says the role has ended.
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.taskId"), (await stale.PostAsync(Complete, new { task = taskId, outcome = "approve" })).StillSignedIn().Failed("completeTask"));
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.taskId"), (await stale.PostAsync(Claim, new { task = taskId })).StillSignedIn().Failed("claimTask"));
        Assert.Empty(await InboxAsync(stale, application));

        var former = await SignInAgainAsync(api.Factory, board[4]);
        Assert.Empty(await InboxAsync(former, application));
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.taskId"), (await former.PostAsync(Complete, new { task = taskId, outcome = "approve" })).Failed("completeTask"));

        // Two approvals of four remaining members decide nothing yet: the refused third was not counted.
        Assert.Equal("WITH_BOARD", await StatusAsync(secretariat, application));
        Assert.Equal((null, "CANCELLED"), await VoteOfAsync(secretariat, application, leavingName));
        Assert.Contains(("Demo Admin", $"Withdrawn: {leavingName} no longer holds BOARD; 2 of 4 answered."), await HistoryAsync(secretariat, application, "resumed"));

        // The role given back does not give back the vote: the task stays withdrawn.
        await SetRolesAsync(admin, leavingId, "BOARD");
        var returned = await SignInAgainAsync(api.Factory, board[4]);
        Assert.Empty(await InboxAsync(returned, application));
        Assert.Equal(("ConflictError", "CONFLICT", "input.taskId"), (await returned.PostAsync(Complete, new { task = taskId, outcome = "approve" })).Failed("completeTask"));

        // With all four remaining members answered, the most-cast decision wins; with five it would still wait.
        await ApplicationSteps.VoteAsync(await api.SignInAsync(board[2]), application, "reject");
        Assert.Equal("WITH_BOARD", await StatusAsync(secretariat, application));
        await ApplicationSteps.VoteAsync(await api.SignInAsync(board[3]), application, "abstain");
        Assert.Equal("APPROVED", await StatusAsync(secretariat, application));
        Assert.Equal((null, "CANCELLED"), await VoteOfAsync(secretariat, application, leavingName));
    }
}
