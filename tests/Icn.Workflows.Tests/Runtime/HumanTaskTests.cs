using System.Text.Json.Nodes;
using Icn.Domain.Workflows;
using Icn.Workflows.Runtime;

namespace Icn.Workflows.Tests.Runtime;

/// <summary>Tasks for a user, for a role (claimed by one holder) and for each holder of a role, with due dates and reminders.</summary>
public sealed class HumanTaskTests(RuntimeDatabase database) : IClassFixture<RuntimeDatabase>
{
    private const string Majority = """
        (() => {
          const count = o => votes.filter(v => v.outcome === o).length;
          if (count('approve') * 2 > holders) return 'approve';
          if (count('reject') * 2 > holders) return 'reject';
          return expired ? 'defer' : null;
        })()
        """;

    [Fact]
    public async Task A_role_task_is_completed_once_by_a_holder_with_the_outcome_chosen()
    {
        var (instance, tasks) = await StartScreeningAsync("screening-once");
        var task = Assert.Single(tasks);
        Assert.Equal(("SECRETARIAT", (Guid?)null), (task.AssigneeRole, task.AssigneeUserId));
        Assert.Equal(["incomplete", "ready-for-board"], task.Outcomes);

        var (_, notHolder) = await database.Runtime.CompleteTaskAsync(task.Id, new TaskAnswer("ready-for-board"), database.Caller(database.Board[0], "BOARD"), default);
        Assert.Equal(RefusalKind.Forbidden, notHolder!.Kind);

        var (_, badOutcome) = await database.Runtime.CompleteTaskAsync(task.Id, new TaskAnswer("approve"), database.Caller(database.Secretariat[0], "SECRETARIAT"), default);
        Assert.Equal((RefusalKind.Validation, "outcome"), (badOutcome!.Kind, badOutcome.Field));

        var (done, refusal) = await database.Runtime.CompleteTaskAsync(task.Id, new TaskAnswer("ready-for-board", "All seven criteria have evidence.", new JsonObject { ["score"] = 7 }), database.Caller(database.Secretariat[0], "SECRETARIAT"), default);
        Assert.Null(refusal);
        Assert.Equal((WorkflowTaskStatus.Completed, "ready-for-board", database.Secretariat[0]), (done!.Status, done.Outcome, done.CompletedById!.Value));

        var (_, second) = await database.Runtime.CompleteTaskAsync(task.Id, new TaskAnswer("incomplete"), database.Caller(database.Secretariat[1], "SECRETARIAT"), default);
        Assert.Equal(RefusalKind.Conflict, second!.Kind);

        var stored = await database.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowInstanceStatus.Finished, stored.Status);
        Assert.Equal("ready-for-board", JsonNode.Parse(stored.Variables)!["screening"]!.GetValue<string>());
        var journal = await database.JournalAsync(instance.Id);
        var answered = Assert.Single(journal, e => e.ActivityId == "screen" && e.Event == "completed");
        Assert.Equal(("ready-for-board", database.Secretariat[0]), (answered.Outcome, answered.ActorId!.Value));
    }

    [Fact]
    public async Task A_claimed_role_task_belongs_to_the_claimant_only()
    {
        var (_, tasks) = await StartScreeningAsync("screening-claim");
        var task = Assert.Single(tasks);
        var first = database.Caller(database.Secretariat[0], "SECRETARIAT");
        var other = database.Caller(database.Secretariat[1], "SECRETARIAT");

        Assert.Equal(RefusalKind.Forbidden, (await database.Runtime.ClaimTaskAsync(task.Id, database.Caller(database.Board[0], "BOARD"), default)).Refusal!.Kind);
        var (claimed, refusal) = await database.Runtime.ClaimTaskAsync(task.Id, first, default);
        Assert.Null(refusal);
        Assert.Equal(database.Secretariat[0], claimed!.AssigneeUserId);
        Assert.Null((await database.Runtime.ClaimTaskAsync(task.Id, first, default)).Refusal);
        Assert.Equal(RefusalKind.Conflict, (await database.Runtime.ClaimTaskAsync(task.Id, other, default)).Refusal!.Kind);
        Assert.Equal(RefusalKind.Forbidden, (await database.Runtime.CompleteTaskAsync(task.Id, new TaskAnswer("incomplete"), other, default)).Refusal!.Kind);
        Assert.Null((await database.Runtime.CompleteTaskAsync(task.Id, new TaskAnswer("incomplete"), first, default)).Refusal);
    }

    [Fact]
    public async Task A_user_task_and_its_required_form_fields()
    {
        var user = database.Secretariat[1];
        await database.PublishAsync(Flow.Named("user-task")
            .Add("ask", "HumanTask", ("title", "Write the notes"), ("assignment", "user"), ("userId", new Script("input.user")),
                ("outcomes", new[] { "done" }), ("formFields", new[] { new { name = "notes", label = "Notes", type = "text", required = true }, new { name = "score", label = "Score", type = "number", required = false } }))
            .Add("end", "End").Chain("start", "done", "ask", "done", "end").Build());
        var (instance, _) = await database.Runtime.StartAsync("user-task", new JsonObject { ["user"] = user.ToString() }, null, null, default);
        var task = Assert.Single(await database.TasksAsync(instance!.Id));
        Assert.Equal(user, task.AssigneeUserId);
        var caller = database.Caller(user, "SECRETARIAT");

        Assert.Equal("data.notes", (await database.Runtime.CompleteTaskAsync(task.Id, new TaskAnswer("done"), caller, default)).Refusal!.Field);
        Assert.Equal("data.score", (await database.Runtime.CompleteTaskAsync(task.Id, new TaskAnswer("done", null, new JsonObject { ["notes"] = "ok", ["score"] = "high" }), caller, default)).Refusal!.Field);
        Assert.Equal("data.colour", (await database.Runtime.CompleteTaskAsync(task.Id, new TaskAnswer("done", null, new JsonObject { ["notes"] = "ok", ["colour"] = "red" }), caller, default)).Refusal!.Field);
        Assert.Equal(RefusalKind.Forbidden, (await database.Runtime.CompleteTaskAsync(task.Id, new TaskAnswer("done", null, new JsonObject { ["notes"] = "ok" }), database.Caller(database.Secretariat[0], "SECRETARIAT"), default)).Refusal!.Kind);
        Assert.Null((await database.Runtime.CompleteTaskAsync(task.Id, new TaskAnswer("done", null, new JsonObject { ["notes"] = "ok", ["score"] = 3 }), caller, default)).Refusal);
    }

    [Fact]
    public async Task Each_holder_votes_and_the_completion_rule_decides_by_majority_before_the_last_vote()
    {
        var (instance, tasks) = await StartVoteAsync("vote-majority");
        Assert.Equal(database.Board, tasks.Select(t => t.AssigneeUserId!.Value).Order());

        await VoteAsync(tasks, 0, "approve");
        Assert.Equal(WorkflowInstanceStatus.Running, (await database.InstanceAsync(instance.Id)).Status);
        await VoteAsync(tasks, 1, "approve");

        var stored = await database.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowInstanceStatus.Finished, stored.Status);
        Assert.Equal("approve", JsonNode.Parse(stored.Variables)!["decision"]!.GetValue<string>());
        var after = await database.TasksAsync(instance.Id);
        Assert.Equal([WorkflowTaskStatus.Completed, WorkflowTaskStatus.Completed, WorkflowTaskStatus.Cancelled], after.OrderBy(t => t.CompletedById is null).Select(t => t.Status));
        var journal = (await database.JournalAsync(instance.Id)).Where(e => e.ActivityId == "vote").ToList();
        Assert.Equal(["waiting", "resumed", "completed"], journal.Select(e => e.Event));
        Assert.Equal("approve", journal[^1].Outcome);
    }

    [Fact]
    public async Task At_the_due_date_the_rule_is_asked_with_expired_and_reminders_go_only_to_those_who_have_not_voted()
    {
        var (instance, tasks) = await StartVoteAsync("vote-deadline");
        await VoteAsync(tasks, 0, "approve");

        database.Clock.Advance(TimeSpan.FromDays(7));
        await database.Runtime.FireDueTimersAsync(100, default);
        var reminders = await database.OutboxKeysAsync(instance.Id);
        Assert.Equal(2, reminders.Count);

        database.Clock.Advance(TimeSpan.FromDays(7));
        await database.Runtime.FireDueTimersAsync(100, default);
        var stored = await database.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowInstanceStatus.Finished, stored.Status);
        Assert.Equal("defer", JsonNode.Parse(stored.Variables)!["decision"]!.GetValue<string>());
        Assert.Equal(2, (await database.TasksAsync(instance.Id)).Count(t => t.Status == WorkflowTaskStatus.Cancelled));
    }

    [Fact]
    public async Task Without_a_rule_most_votes_win_once_everyone_has_voted_and_an_unanswered_task_expires()
    {
        await database.PublishAsync(Flow.Named("vote-plain").Variable("decision", "string")
            .Add("vote", "HumanTask", ("title", "Vote"), ("assignment", "each-holder"), ("role", "BOARD"), ("outcomes", new[] { "approve", "reject" }), ("dueIn", "P1D"))
            .Add("approved", "SetVariable", ("variable", "decision"), ("value", "approve"))
            .Add("rejected", "SetVariable", ("variable", "decision"), ("value", "reject"))
            .Add("expired", "SetVariable", ("variable", "decision"), ("value", "expired"))
            .Chain("start", "done", "vote", "approve", "approved").Connect("vote", "reject", "rejected").Connect("vote", "expired", "expired").Build());

        var (plain, _) = await database.Runtime.StartAsync("vote-plain", null, null, null, default);
        var tasks = await database.TasksAsync(plain!.Id);
        await VoteAsync(tasks, 0, "reject");
        await VoteAsync(tasks, 1, "approve");
        Assert.Equal(WorkflowInstanceStatus.Running, (await database.InstanceAsync(plain.Id)).Status);
        await VoteAsync(tasks, 2, "reject");
        Assert.Equal("reject", JsonNode.Parse((await database.InstanceAsync(plain.Id)).Variables)!["decision"]!.GetValue<string>());

        var (late, _) = await database.Runtime.StartAsync("vote-plain", null, null, null, default);
        database.Clock.Advance(TimeSpan.FromDays(1));
        await database.Runtime.FireDueTimersAsync(100, default);
        Assert.Equal("expired", JsonNode.Parse((await database.InstanceAsync(late!.Id)).Variables)!["decision"]!.GetValue<string>());
    }

    private async Task<(WorkflowInstance Instance, List<WorkflowTask> Tasks)> StartScreeningAsync(string id)
    {
        await database.PublishAsync(Flow.Named(id).Variable("screening", "string")
            .Add("screen", "HumanTask", ("title", "Screen the application"), ("assignment", "role"), ("role", "SECRETARIAT"),
                ("outcomes", new[] { "incomplete", "ready-for-board" }), ("subject", new Script("input.application")),
                ("formFields", new[] { new { name = "score", label = "Score", type = "number", required = false } }))
            .Add("incomplete", "SetVariable", ("variable", "screening"), ("value", "incomplete"))
            .Add("ready", "SetVariable", ("variable", "screening"), ("value", "ready-for-board"))
            .Chain("start", "done", "screen", "incomplete", "incomplete").Connect("screen", "ready-for-board", "ready").Build());
        var (instance, _) = await database.Runtime.StartAsync(id, new JsonObject { ["application"] = "QXBwbGljYXRpb246MQ" }, "QXBwbGljYXRpb246MQ", null, default);
        var tasks = await database.TasksAsync(instance!.Id);
        Assert.All(tasks, t => Assert.Equal("QXBwbGljYXRpb246MQ", t.SubjectId));
        return (instance, tasks);
    }

    private async Task<(WorkflowInstance Instance, List<WorkflowTask> Tasks)> StartVoteAsync(string id)
    {
        await database.PublishAsync(Flow.Named(id).Variable("decision", "string")
            .Add("vote", "HumanTask", ("title", "Decide on the application"), ("assignment", "each-holder"), ("role", "BOARD"),
                ("outcomes", new[] { "approve", "reject", "defer" }), ("completionRule", Majority), ("dueIn", "P14D"), ("remindAfter", "P7D"))
            .Add("approved", "SetVariable", ("variable", "decision"), ("value", "approve"))
            .Add("rejected", "SetVariable", ("variable", "decision"), ("value", "reject"))
            .Add("deferred", "SetVariable", ("variable", "decision"), ("value", "defer"))
            .Chain("start", "done", "vote", "approve", "approved").Connect("vote", "reject", "rejected").Connect("vote", "defer", "deferred").Build());
        var (instance, _) = await database.Runtime.StartAsync(id, null, null, null, default);
        var tasks = (await database.TasksAsync(instance!.Id)).OrderBy(t => t.AssigneeUserId).ToList();
        Assert.Equal(3, tasks.Count);
        return (instance, tasks);
    }

    private async Task VoteAsync(List<WorkflowTask> tasks, int index, string outcome)
    {
        var task = tasks[index];
        var (_, refusal) = await database.Runtime.CompleteTaskAsync(task.Id, new TaskAnswer(outcome), database.Caller(task.AssigneeUserId!.Value, "BOARD"), default);
        Assert.Null(refusal);
    }
}
