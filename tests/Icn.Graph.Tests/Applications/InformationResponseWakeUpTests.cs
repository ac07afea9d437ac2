using Icn.Domain.Membership;
using Icn.Domain.Workflows;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Icn.Graph.Tests.Applications.ApplicationRequests;

namespace Icn.Graph.Tests.Applications;

/// <summary>
/// The applicant's answer and the wake-up of the workflow waiting for it commit in one transaction:
/// a wake-up that fails takes the answer back with it, and an answer nothing waits for is refused,
/// so no answer is ever stored while its workflow goes on waiting to withdraw the application.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class InformationResponseWakeUpTests(StaffApiFixture api)
{
    private const string Question = "Please list your international partners.";
    private const string Answer = "Partners in Kiel and Aarhus.";

    [Fact]
    public async Task A_wake_up_that_fails_in_the_database_rolls_the_answer_back_and_the_answer_can_be_sent_again()
    {
        var (id, token) = await AskedAsync("Rolled Back Answer Cluster");
        var instanceId = await InstanceOfAsync(id);

        // Standing in for the database failing in the middle of the wake-up (a serialization failure,
        // the kind a retry cures): the burst's first change to the instance's bookmarks fails.
        await using (var failing = await FailingBurstAsync(instanceId, "40001"))
        {
            var refused = await api.Anonymous.PostAsync(Respond, new { token, response = Answer });

            Assert.True(refused.FirstErrorCode == "INTERNAL_SERVER_ERROR", refused.Pretty);
            await using var db = api.CreateDbContext();
            var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == ApplicationId(id));
            Assert.Equal((ApplicationStatus.InformationRequested, (string?)null), (application.Status, application.InformationResponse));
            Assert.True(await WaitsForTheAnswerAsync(db, instanceId), "The workflow should still wait for the answer.");
        }

        var answered = (await api.Anonymous.PostAsync(Respond, new { token, response = Answer })).Succeeded("respondToInformationRequest", "application");

        Assert.Equal(("SCREENING", Answer), (answered["status"]!.GetValue<string>(), answered["informationResponse"]!.GetValue<string>()));
        await using (var db = api.CreateDbContext())
        {
            var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == ApplicationId(id));
            Assert.Equal((ApplicationStatus.Screening, Answer), (application.Status, application.InformationResponse));
            Assert.False(await WaitsForTheAnswerAsync(db, instanceId), "The answer should have woken the workflow.");
            Assert.Equal(WorkflowInstanceStatus.Running, (await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == instanceId)).Status);
        }
    }

    [Fact]
    public async Task An_answer_that_faults_the_step_it_wakes_is_kept_with_the_incident_and_a_retry_goes_on_with_it()
    {
        var (id, token) = await AskedAsync("Faulting Answer Cluster");
        var instanceId = await InstanceOfAsync(id);

        await using (var failing = await FailingBurstAsync(instanceId, "P0001"))
        {
            // The answer is kept; the step it woke is not, and the payload says so.
            var kept = (await api.Anonymous.PostAsync(Respond, new { token, response = Answer })).Succeeded("respondToInformationRequest", "application");
            Assert.Equal(("INFORMATION_REQUESTED", Answer), (kept["status"]!.GetValue<string>(), kept["informationResponse"]!.GetValue<string>()));
        }

        await using (var db = api.CreateDbContext())
        {
            Assert.Equal(Answer, await db.Applications.Where(a => a.Id == ApplicationId(id)).Select(a => a.InformationResponse).SingleAsync());
            Assert.Equal(WorkflowInstanceStatus.Faulted, (await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == instanceId)).Status);
        }

        var admin = await api.SignInAsync("admin@demo.icn");
        var retried = await admin.PostAsync(
            $"mutation($id: ID!) {{ retryWorkflowInstance(input: {{ id: $id }}) {{ instance {{ status }} {ApplicationRequests.Errors} }} }}",
            new { id = Icn.GraphQL.Relay.GlobalId.Encode("WorkflowInstance", instanceId) });
        Assert.Equal("RUNNING", retried.Succeeded("retryWorkflowInstance", "instance")["status"]!.GetValue<string>());
        await using (var db = api.CreateDbContext())
        {
            var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == ApplicationId(id));
            Assert.Equal((ApplicationStatus.Screening, Answer), (application.Status, application.InformationResponse));
        }
    }

    [Fact]
    public async Task An_answer_while_the_workflow_is_stopped_for_an_admin_is_refused_and_not_stored()
    {
        var (id, token) = await AskedAsync("Stopped Workflow Cluster");
        var instanceId = await InstanceOfAsync(id);
        await using (var db = api.CreateDbContext())
        {
            // As an incident leaves it: faulted, its bookmarks (the wait for the answer among them) kept.
            await db.WorkflowInstances.Where(i => i.Id == instanceId).ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, WorkflowInstanceStatus.Faulted));
        }

        var refused = await api.Anonymous.PostAsync(Respond, new { token, response = Answer });

        Assert.Equal(("ConflictError", "CONFLICT", "input.token"), refused.Failed("respondToInformationRequest"));
        await using (var db = api.CreateDbContext())
        {
            Assert.Null(await db.Applications.Where(a => a.Id == ApplicationId(id)).Select(a => a.InformationResponse).SingleAsync());
        }
    }

    /// <summary>An application whose workflow has asked for information (the Secretariat screened it "incomplete").</summary>
    private async Task<(string Id, string Token)> AskedAsync(string clusterName)
    {
        var (id, token) = await SubmitAsync(api.Anonymous, clusterName);
        await ApplicationSteps.ScreenAsync(await api.SignInAsync("secretariat@demo.icn"), id, "incomplete", Question);
        var asked = (await api.Anonymous.PostAsync(ByToken, new { token })).Data!["applicationByToken"]!;
        Assert.Equal(("INFORMATION_REQUESTED", Question), (asked["status"]!.GetValue<string>(), asked["informationRequest"]!.GetValue<string>()));
        return (id, token);
    }

    private async Task<Guid> InstanceOfAsync(string applicationId)
    {
        await using var db = api.CreateDbContext();
        return await db.WorkflowInstances.Where(i => i.SubjectId == applicationId).Select(i => i.Id).SingleAsync();
    }

    private static Task<bool> WaitsForTheAnswerAsync(Domain.Persistence.IcnDbContext db, Guid instanceId) =>
        db.WorkflowBookmarks.AnyAsync(b => b.InstanceId == instanceId && b.Kind == BookmarkKind.Signal && b.Key!.StartsWith("information-provided:"));

    private static Guid ApplicationId(string globalId) =>
        Icn.GraphQL.Relay.GlobalId.TryDecode(globalId, out var decoded) ? decoded.Key : throw new ArgumentException($"Not a global id: {globalId}", nameof(globalId));

    /// <summary>
    /// Makes the next burst of one instance fail in the database, with <paramref name="sqlState"/>,
    /// when it removes one of the instance's bookmarks (a burst that resumes always does), until disposed.
    /// </summary>
    private async Task<IAsyncDisposable> FailingBurstAsync(Guid instanceId, string sqlState)
    {
        var name = $"fail_burst_{instanceId:N}";
        await using var db = api.CreateDbContext();
        // Names and values of the test's own making, not input: raw SQL, as DDL takes no parameters.
        var ddl = $"""
            CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'injected failure of the burst' USING ERRCODE = '{sqlState}'; END $$;
            CREATE TRIGGER {name} BEFORE DELETE ON workflow_bookmarks FOR EACH ROW
            WHEN (OLD.instance_id = '{instanceId}') EXECUTE FUNCTION {name}();
            """;
        await db.Database.ExecuteSqlRawAsync(ddl);
        return new DropOnDispose(api, name);
    }

    private sealed class DropOnDispose(StaffApiFixture api, string name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var db = api.CreateDbContext();
            var ddl = $"DROP TRIGGER {name} ON workflow_bookmarks; DROP FUNCTION {name}();";
            await db.Database.ExecuteSqlRawAsync(ddl);
        }
    }
}
