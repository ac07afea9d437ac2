using System.Text.Json.Nodes;
using Icn.Domain.Clusters;
using Icn.Domain.Membership;
using Icn.Domain.Regions;
using Icn.Domain.Workflows;
using Icn.Workflows.Definitions;
using Icn.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Tests.Runtime;

/// <summary>
/// The shipped membership-application and member-obligations workflows, run with the clock moved:
/// screening, information requests answered and unanswered, the Board's rule (majority of the whole
/// Board, the deadline with and without a quorum), approval with its fee and obligations, rejection.
/// The fixture's Board has three members, so two make a majority and a quorum.
/// </summary>
public sealed class MembershipWorkflowTests(MembershipWorkflowTests.Database database) : IClassFixture<MembershipWorkflowTests.Database>
{
    [Fact]
    public async Task A_majority_of_the_Board_approves_the_cluster_becomes_a_member_its_fee_is_invoiced_and_its_obligations_start()
    {
        var (application, instance) = await database.SubmitAsync("Approved Valley");
        await database.ScreenAsync(instance, "ready-for-board", "All seven criteria are evidenced.");
        Assert.Equal(ApplicationStatus.WithBoard, (await database.ApplicationAsync(application)).Status);

        var votes = await database.BoardTasksAsync(instance);
        await database.VoteAsync(votes[0], "approve");
        Assert.Equal(ApplicationStatus.WithBoard, (await database.ApplicationAsync(application)).Status);
        await database.VoteAsync(votes[1], "approve");

        var approved = await database.ApplicationAsync(application);
        Assert.Equal(ApplicationStatus.Approved, approved.Status);
        await using var db = database.Db();
        var cluster = await db.Clusters.Include(c => c.FeeInvoices).SingleAsync(c => c.Id == approved.ClusterId);
        Assert.Equal(MembershipStatus.Member, cluster.Membership.Status);
        var invoice = Assert.Single(cluster.FeeInvoices);
        Assert.Equal((1_000_000L, "EUR", DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime).AddDays(30)), (invoice.Amount.AmountMinor, invoice.Amount.Currency, invoice.DueOn));
        Assert.Equal(WorkflowTaskStatus.Cancelled, (await database.TasksAsync(instance)).Single(t => t.Id == votes[2].Id).Status);
        Assert.Contains(await db.OutboxMessages.Where(m => m.Recipient == "contact@approved-valley.example").Select(m => m.Subject).ToListAsync(), s => s == "Welcome to ICN");

        // The obligations cycle starts in a burst of its own, once the approval is committed.
        await database.Runtime.FireDueTimersAsync(100, default);
        var obligations = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.DefinitionId == "member-obligations" && i.SubjectId == $"Cluster:{cluster.Id}");
        Assert.Equal(WorkflowInstanceStatus.Running, obligations.Status);
        Assert.Equal(2, await db.WorkflowBookmarks.CountAsync(b => b.InstanceId == obligations.Id && b.Kind == BookmarkKind.Timer));
    }

    [Fact]
    public async Task A_majority_rejecting_rejects_and_the_applicant_is_told()
    {
        var (application, instance) = await database.SubmitAsync("Rejected Harbour");
        await database.ScreenAsync(instance, "ready-for-board", "Borderline.");
        var votes = await database.BoardTasksAsync(instance);
        await database.VoteAsync(votes[0], "reject", "No track record yet.");
        await database.VoteAsync(votes[1], "reject");

        var rejected = await database.ApplicationAsync(application);
        Assert.Equal((ApplicationStatus.Rejected, "The Board decided against the application: No track record yet."), (rejected.Status, rejected.DecisionReason));
        Assert.EndsWith("decided against the application of Rejected Harbour. The Board's reasons: No track record yet.", await database.LastMailBodyAsync("contact@rejected-harbour.example"), StringComparison.Ordinal);
        var journal = await database.JournalAsync(instance);
        Assert.Contains(journal, e => e.ActivityId == "vote" && e.Summary == "Answered reject (\"No track record yet.\"); 1 of 3 answered.");
    }

    [Fact]
    public async Task A_deferral_sends_the_application_back_to_the_Secretariat()
    {
        var (application, instance) = await database.SubmitAsync("Deferred Coast");
        await database.ScreenAsync(instance, "ready-for-board", "Ready.");
        var votes = await database.BoardTasksAsync(instance);
        await database.VoteAsync(votes[0], "defer");
        await database.VoteAsync(votes[1], "defer");

        Assert.Equal(ApplicationStatus.Screening, (await database.ApplicationAsync(application)).Status);
        Assert.Single(await database.TasksAsync(instance), t => t.ActivityId == "screen" && t.Status == WorkflowTaskStatus.Open);
    }

    [Fact]
    public async Task At_the_deadline_a_quorum_decides_by_the_most_cast_decision()
    {
        var (application, instance) = await database.SubmitAsync("Quorum Bay");
        await database.ScreenAsync(instance, "ready-for-board", "Ready.");
        var votes = await database.BoardTasksAsync(instance);
        await database.VoteAsync(votes[0], "approve");
        await database.VoteAsync(votes[1], "abstain");
        Assert.Equal(ApplicationStatus.WithBoard, (await database.ApplicationAsync(application)).Status);

        database.Clock.Advance(TimeSpan.FromDays(14));
        await database.Runtime.FireDueTimersAsync(1000, default);

        Assert.Equal(ApplicationStatus.Approved, (await database.ApplicationAsync(application)).Status);
    }

    [Fact]
    public async Task At_the_deadline_without_a_quorum_the_application_goes_back_to_the_Secretariat()
    {
        var (application, instance) = await database.SubmitAsync("No Quorum Fjord");
        await database.ScreenAsync(instance, "ready-for-board", "Ready.");
        var votes = await database.BoardTasksAsync(instance);
        await database.VoteAsync(votes[0], "approve");

        database.Clock.Advance(TimeSpan.FromDays(14));
        await database.Runtime.FireDueTimersAsync(1000, default);

        Assert.Equal(ApplicationStatus.Screening, (await database.ApplicationAsync(application)).Status);
        Assert.Equal(2, (await database.TasksAsync(instance)).Count(t => t.ActivityId == "vote" && t.Status == WorkflowTaskStatus.Cancelled));
    }

    [Fact]
    public async Task An_information_request_answered_goes_back_to_screening_and_its_reminder_is_dropped()
    {
        var (application, instance) = await database.SubmitAsync("Answering Delta");
        await database.ScreenAsync(instance, "incomplete", "Please describe your international strategy.");
        var asked = await database.ApplicationAsync(application);
        Assert.Equal((ApplicationStatus.InformationRequested, "Please describe your international strategy."), (asked.Status, asked.InformationRequest));
        Assert.Contains("international strategy", await database.LastMailBodyAsync("contact@answering-delta.example"), StringComparison.Ordinal);

        Assert.Equal(1, await database.Runtime.SignalAsync("information-provided", application.ToString(), new JsonObject { ["response"] = "Our strategy: …" }, null, default));

        Assert.Equal(ApplicationStatus.Screening, (await database.ApplicationAsync(application)).Status);
        database.Clock.Advance(TimeSpan.FromDays(61));
        await database.Runtime.FireDueTimersAsync(1000, default);
        Assert.NotEqual(ApplicationStatus.Withdrawn, (await database.ApplicationAsync(application)).Status);
    }

    [Fact]
    public async Task An_unanswered_information_request_is_reminded_after_14_days_and_withdrawn_after_60()
    {
        var (application, instance) = await database.SubmitAsync("Silent Plains");
        await database.ScreenAsync(instance, "incomplete", "Please add your member list.");

        database.Clock.Advance(TimeSpan.FromDays(14));
        await database.Runtime.FireDueTimersAsync(1000, default);
        Assert.Contains("still waits", await database.LastMailBodyAsync("contact@silent-plains.example"), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.InformationRequested, (await database.ApplicationAsync(application)).Status);

        database.Clock.Advance(TimeSpan.FromDays(46));
        await database.Runtime.FireDueTimersAsync(1000, default);
        var withdrawn = await database.ApplicationAsync(application);
        Assert.Equal(ApplicationStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(WorkflowInstanceStatus.Finished, (await database.InstanceAsync(instance)).Status);
    }

    [Fact]
    public async Task Not_eligible_rejects_with_the_Secretariats_reason()
    {
        var (application, _) = await database.SubmitAsync("Ineligible Flats");
        await database.ScreenAsync((await database.InstanceOfAsync(application)).Id, "not-eligible", "Not a cleantech cluster.");

        var rejected = await database.ApplicationAsync(application);
        Assert.Equal((ApplicationStatus.Rejected, "Not a cleantech cluster."), (rejected.Status, rejected.DecisionReason));
        Assert.Contains("Not a cleantech cluster.", await database.LastMailBodyAsync("contact@ineligible-flats.example"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fee_paid_on_time_ends_its_branch_and_an_unpaid_one_is_reminded_then_escalated()
    {
        var paid = await database.ApproveAsync("Paying Member");
        var unpaid = await database.ApproveAsync("Late Member");
        await using (var db = database.Db())
        {
            var invoice = await db.FeeInvoices.SingleAsync(i => i.ClusterId == paid);
            var now = database.Clock.GetUtcNow().UtcDateTime;
            Assert.Null(invoice.RecordPayment(now, "ICN-TEST", now));
            await db.SaveChangesAsync();
        }

        database.Clock.Advance(TimeSpan.FromDays(31));
        await database.Runtime.FireDueTimersAsync(1000, default);
        Assert.Contains("not paid yet", await database.LastMailBodyAsync("contact@late-member.example"), StringComparison.Ordinal);
        Assert.DoesNotContain("not paid yet", await database.LastMailBodyAsync("contact@paying-member.example") ?? "", StringComparison.Ordinal);

        database.Clock.Advance(TimeSpan.FromDays(14));
        await database.Runtime.FireDueTimersAsync(1000, default);
        await using var check = database.Db();
        var escalations = await check.WorkflowTasks.AsNoTracking().Where(t => t.ActivityId == "escalate").ToListAsync();
        var escalation = Assert.Single(escalations, t => t.Title == "Annual fee overdue: Late Member");
        Assert.Equal("SECRETARIAT", escalation.AssigneeRole);
        Assert.DoesNotContain(escalations, t => t.Title.Contains("Paying Member", StringComparison.Ordinal));
    }

    /// <summary>The runtime database with the shipped definitions published and a region for applicants.</summary>
    public sealed class Database : IAsyncLifetime
    {
        private readonly RuntimeDatabase inner = new();
        private Guid region;

        public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => inner.Clock;

        public WorkflowRuntime Runtime => inner.Runtime;

        public Icn.Domain.Persistence.IcnDbContext Db() => inner.Db();

        public async Task InitializeAsync()
        {
            await inner.InitializeAsync();
            foreach (var (_, json) in ShippedDefinitions.Read([typeof(ShippedDefinitions).Assembly]))
            {
                await inner.PublishAsync(JsonNode.Parse(json)!.AsObject());
            }

            await using var db = inner.Db();
            var added = new Region { Slug = "test-region", Name = "Test region" };
            db.Regions.Add(added);
            await db.SaveChangesAsync();
            region = added.Id;
        }

        public Task DisposeAsync() => inner.DisposeAsync();

        /// <summary>What submitApplication stores and starts, for a cluster named <paramref name="name"/>.</summary>
        public async Task<(Guid Application, Guid Instance)> SubmitAsync(string name)
        {
            var slug = name.ToLowerInvariant().Replace(' ', '-');
            await using var db = inner.Db();
            var cluster = new Cluster { Slug = slug, Name = name, Description = "A cleantech cluster.", CountryCode = "DK", RegionId = region, MemberCount = 120 };
            var application = new Application { Cluster = cluster, ContactName = "Contact", ContactEmail = $"contact@{slug}.example", TokenHash = Convert.ToHexString(Guid.NewGuid().ToByteArray()).PadRight(64, '0'), SubmittedAt = Clock.GetUtcNow().UtcDateTime };
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            var input = new JsonObject
            {
                ["applicationId"] = application.Id.ToString(),
                ["application"] = $"Application:{application.Id}",
                ["cluster"] = $"Cluster:{cluster.Id}",
                ["clusterName"] = name,
            };
            var (instance, refusal) = await inner.Runtime.StartAsync(db, "membership-application", input, $"Application:{application.Id}", null, default);
            Assert.Null(refusal);
            Assert.Equal(WorkflowInstanceStatus.Running, instance!.Status);
            return (application.Id, instance.Id);
        }

        public async Task<Guid> ApproveAsync(string name)
        {
            var (application, instance) = await SubmitAsync(name);
            await ScreenAsync(instance, "ready-for-board", "Ready.");
            var votes = await BoardTasksAsync(instance);
            await VoteAsync(votes[0], "approve");
            await VoteAsync(votes[1], "approve");
            await Runtime.FireDueTimersAsync(1000, default);
            return (await ApplicationAsync(application)).ClusterId;
        }

        public async Task ScreenAsync(Guid instance, string outcome, string comment)
        {
            var task = (await TasksAsync(instance)).Single(t => t.ActivityId == "screen" && t.Status == WorkflowTaskStatus.Open);
            var (_, refusal) = await Runtime.CompleteTaskAsync(task.Id, new TaskAnswer(outcome, comment), inner.Caller(inner.Secretariat[0], "SECRETARIAT"), default);
            Assert.Null(refusal);
        }

        public async Task<List<WorkflowTask>> BoardTasksAsync(Guid instance) =>
            [.. (await TasksAsync(instance)).Where(t => t.ActivityId == "vote" && t.Status == WorkflowTaskStatus.Open).OrderBy(t => t.AssigneeUserId)];

        public async Task VoteAsync(WorkflowTask task, string decision, string? comment = null)
        {
            var (_, refusal) = await Runtime.CompleteTaskAsync(task.Id, new TaskAnswer(decision, comment), inner.Caller(task.AssigneeUserId!.Value, "BOARD"), default);
            Assert.Null(refusal);
        }

        public Task<List<WorkflowTask>> TasksAsync(Guid instance) => inner.TasksAsync(instance);

        public Task<List<WorkflowJournalEntry>> JournalAsync(Guid instance) => inner.JournalAsync(instance);

        public Task<WorkflowInstance> InstanceAsync(Guid instance) => inner.InstanceAsync(instance);

        public async Task<WorkflowInstance> InstanceOfAsync(Guid application)
        {
            await using var db = inner.Db();
            return await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.SubjectId == $"Application:{application}");
        }

        public async Task<Application> ApplicationAsync(Guid application)
        {
            await using var db = inner.Db();
            return await db.Applications.AsNoTracking().SingleAsync(a => a.Id == application);
        }

        public async Task<string?> LastMailBodyAsync(string recipient)
        {
            await using var db = inner.Db();
            return await db.OutboxMessages.Where(m => m.Recipient == recipient).OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Select(m => m.Body).FirstOrDefaultAsync();
        }
    }
}
