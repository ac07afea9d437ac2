using Icn.Graph.Tests.Infrastructure;
using static Icn.Graph.Tests.Applications.EndedRoles.RoleEndSteps;

namespace Icn.Graph.Tests.Applications.EndedRoles;

/// <summary>
/// An admin takes SECRETARIAT away from the account that claimed an application's screening: the
/// task goes back, unclaimed, to the role's queue in the same transaction, the journal says why,
/// and the former holder can neither answer nor take it again. On a database of this class's own.
/// </summary>
public sealed class SecretariatRoleRemovedTests(StaffApiFixture api) : IClassFixture<StaffApiFixture>
{
    [Fact]
    public async Task A_claimed_screening_goes_back_to_the_Secretariats_queue_when_its_holder_loses_the_role()
    {
        var admin = await api.SignInAsync(AdminAccount);
        const string Colleague = "board1@demo.icn";
        await SetRolesAsync(admin, (await UserAsync(admin, Colleague)).Id, "BOARD", "SECRETARIAT");
        var colleague = await SignInAgainAsync(api.Factory, Colleague);
        var (application, _) = await ApplicationRequests.SubmitAsync(api.Anonymous, "Unclaimed Screening Cluster", "unclaimed-screening@applicant.example");

        var token = await TokenAsync(api, SecretariatAccount);
        var holder = WithToken(api.Factory, token);
        var taskId = Assert.Single(await InboxAsync(holder, application))["id"]!.GetValue<string>();
        Assert.True((await holder.PostAsync(Claim, new { task = taskId })).Succeeded("claimTask", "task")["claimed"]!.GetValue<bool>());
        Assert.Empty(await InboxAsync(colleague, application));
        await using var elsewhere = AnotherProcess(api);
        var stale = WithToken(elsewhere, token);
        Assert.Single(await InboxAsync(stale, application));

        var (holderId, holderName) = await UserAsync(admin, SecretariatAccount);
        await SetRolesAsync(admin, holderId, "BOARD");

        // Another process still takes the token for the Secretariat's for a few seconds: refused all the same.
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.taskId"), (await stale.PostAsync(Complete, new { task = taskId, outcome = "ready-for-board" })).StillSignedIn().Failed("completeTask"));
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.taskId"), (await stale.PostAsync(Claim, new { task = taskId })).StillSignedIn().Failed("claimTask"));

        var former = await SignInAgainAsync(api.Factory, SecretariatAccount);
        Assert.Empty(await InboxAsync(former, application));
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.taskId"), (await former.PostAsync(Complete, new { task = taskId, outcome = "ready-for-board" })).Failed("completeTask"));
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.taskId"), (await former.PostAsync(Claim, new { task = taskId })).Failed("claimTask"));

        var queued = Assert.Single(await InboxAsync(colleague, application));
        Assert.Equal((taskId, false, "SECRETARIAT"), (queued["id"]!.GetValue<string>(), queued["claimed"]!.GetValue<bool>(), queued["assigneeRole"]!.GetValue<string>()));
        Assert.Equal([("Demo Admin", $"Released: {holderName} no longer holds SECRETARIAT.")], await HistoryAsync(colleague, application, "released"));
        Assert.Equal("SUBMITTED", await StatusAsync(colleague, application));

        await ApplicationSteps.ScreenAsync(colleague, application, "ready-for-board", "Ready.");
        Assert.Equal("WITH_BOARD", await StatusAsync(colleague, application));
    }
}
