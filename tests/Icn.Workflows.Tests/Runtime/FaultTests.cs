using System.Text.Json.Nodes;
using Icn.Domain.Workflows;
using Icn.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Tests.Runtime;

/// <summary>Faults become incidents with nothing half-done kept; admins retry or cancel; side effects leave once.</summary>
public sealed class FaultTests(RuntimeDatabase database) : IClassFixture<RuntimeDatabase>
{
    [Fact]
    public async Task A_failing_activity_faults_the_instance_keeps_nothing_of_the_burst_and_a_retry_sends_the_mail_once()
    {
        await database.PublishAsync(Flow.Named("notify-then-fail")
            .Add("tell", "Notify", ("to", "SECRETARIAT"), ("subject", "New application"), ("body", new Script("'From ' + input.cluster")))
            .Add("call", "Flaky", ("key", "retry-once"))
            .Add("end", "End")
            .Chain("start", "done", "tell", "done", "call", "done", "end").Build());
        Flaky.FailTimes("retry-once", 1);

        var (instance, _) = await database.Runtime.StartAsync("notify-then-fail", new JsonObject { ["cluster"] = "CleanTech Rhône" }, null, null, default);

        Assert.Equal(WorkflowInstanceStatus.Faulted, instance!.Status);
        Assert.Empty(await database.OutboxKeysAsync(instance.Id));
        var journal = await database.JournalAsync(instance.Id);
        var faulted = Assert.Single(journal);
        Assert.Equal(("faulted", "call"), (faulted.Event, faulted.ActivityId));
        await using (var db = database.Db())
        {
            var incident = await db.WorkflowIncidents.SingleAsync(i => i.InstanceId == instance.Id);
            Assert.Equal("call", incident.ActivityId);
            Assert.Contains("The service behind 'retry-once' is down.", incident.Message, StringComparison.Ordinal);
        }

        var (retried, refusal) = await database.Runtime.RetryAsync(instance.Id, database.Secretariat[0], default);
        Assert.Null(refusal);
        Assert.Equal(WorkflowInstanceStatus.Finished, retried!.Status);
        var keys = await database.OutboxKeysAsync(instance.Id);
        Assert.Equal(2, keys.Count);
        Assert.All(keys, key => Assert.StartsWith($"wf:{instance.Id:N}:tell:2:", key, StringComparison.Ordinal));
        await using (var db = database.Db())
        {
            var incident = await db.WorkflowIncidents.SingleAsync(i => i.InstanceId == instance.Id);
            Assert.Equal(("retried", database.Secretariat[0]), (incident.Resolution, incident.ResolvedById!.Value));
        }

        Assert.Equal(RefusalKind.Conflict, (await database.Runtime.RetryAsync(instance.Id, null, default)).Refusal!.Kind);
    }

    [Theory]
    [InlineData("(() => { while (true) {} })()", "statements")]
    [InlineData("(function f(n) { return f(n + 1); })(0)", "recursed")]
    [InlineData("(() => { const a = []; for (let i = 0; i < 1e6; i++) a.push('xxxxxxxxxxxxxxxx' + i); return a.length; })()", "KiB")]
    [InlineData("input.missing.deeper", "TypeError")]
    public async Task A_condition_that_breaks_a_limit_faults_with_a_clear_incident_instead_of_hanging(string condition, string expected)
    {
        var id = $"limit-{Math.Abs(condition.GetHashCode()) % 100000}";
        await database.PublishAsync(Flow.Named(id)
            .Add("decide", "Decision", ("condition", new Script(condition))).Add("end", "End")
            .Chain("start", "done", "decide", "true", "end").Connect("decide", "false", "end").Build());
        var runtime = database.NewRuntime(o =>
        {
            o.ScriptStatements = 100_000;
            o.ScriptMemoryBytes = 2 * 1024 * 1024;
            o.ScriptRecursionDepth = 32;
            o.ScriptTimeout = TimeSpan.FromSeconds(2);
        });

        var (instance, _) = await runtime.StartAsync(id, null, null, null, default);

        Assert.Equal(WorkflowInstanceStatus.Faulted, instance!.Status);
        await using var db = database.Db();
        var incident = await db.WorkflowIncidents.SingleAsync(i => i.InstanceId == instance.Id);
        Assert.Equal("decide", incident.ActivityId);
        Assert.Contains("'decide', input 'condition'", incident.Message, StringComparison.Ordinal);
        Assert.Contains(expected, incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loop_without_a_wait_is_stopped_and_faults_the_instance()
    {
        await database.PublishAsync(Flow.Named("endless").Variable("n", "number", 0)
            .Add("count", "SetVariable", ("variable", "n"), ("value", new Script("variables.n + 1")))
            .Chain("start", "done", "count", "done", "count").Build());

        var (instance, _) = await database.Runtime.StartAsync("endless", null, null, null, default);

        Assert.Equal(WorkflowInstanceStatus.Faulted, instance!.Status);
        Assert.Equal(0, JsonNode.Parse(instance.Variables)!["n"]!.GetValue<int>());
        await using var db = database.Db();
        Assert.Contains("without waiting", (await db.WorkflowIncidents.SingleAsync(i => i.InstanceId == instance.Id)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_removes_the_bookmarks_and_the_open_tasks_and_closes_the_incidents()
    {
        await database.PublishAsync(Flow.Named("cancel-me")
            .Add("ask", "HumanTask", ("title", "Look at this"), ("assignment", "role"), ("role", "SECRETARIAT"), ("outcomes", new[] { "ok" }), ("dueIn", "P3D"))
            .Chain("start", "done", "ask").Build());
        var (instance, _) = await database.Runtime.StartAsync("cancel-me", null, null, null, default);

        var (cancelled, refusal) = await database.Runtime.CancelAsync(instance!.Id, database.Secretariat[0], default);

        Assert.Null(refusal);
        Assert.Equal(WorkflowInstanceStatus.Cancelled, cancelled!.Status);
        Assert.Equal(WorkflowTaskStatus.Cancelled, Assert.Single(await database.TasksAsync(instance.Id)).Status);
        await using var db = database.Db();
        Assert.False(await db.WorkflowBookmarks.AnyAsync(b => b.InstanceId == instance.Id));
        Assert.Equal("cancelled", (await database.JournalAsync(instance.Id))[^1].Event);
        Assert.Equal(RefusalKind.Conflict, (await database.Runtime.CancelAsync(instance.Id, null, default)).Refusal!.Kind);
        Assert.Equal(RefusalKind.NotFound, (await database.Runtime.CancelAsync(Guid.NewGuid(), null, default)).Refusal!.Kind);
    }

    [Fact]
    public async Task A_faulted_instance_refuses_task_completions_until_retried()
    {
        await database.PublishAsync(Flow.Named("fault-on-answer")
            .Add("ask", "HumanTask", ("title", "Answer"), ("assignment", "role"), ("role", "SECRETARIAT"), ("outcomes", new[] { "ok" }))
            .Add("call", "Flaky", ("key", "after-answer"))
            .Chain("start", "done", "ask", "ok", "call").Build());
        var (instance, _) = await database.Runtime.StartAsync("fault-on-answer", null, null, null, default);
        var task = Assert.Single(await database.TasksAsync(instance!.Id));
        Flaky.FailTimes("after-answer", 1);

        var (answered, refusal) = await database.Runtime.CompleteTaskAsync(task.Id, new TaskAnswer("ok"), database.Caller(database.Secretariat[0], "SECRETARIAT"), default);

        // The person's answer is kept; the step after it faulted and waits for an admin.
        Assert.Null(refusal);
        Assert.Equal(WorkflowTaskStatus.Completed, answered!.Status);
        Assert.Equal(WorkflowInstanceStatus.Faulted, (await database.InstanceAsync(instance.Id)).Status);
        Assert.Equal(WorkflowTaskStatus.Completed, Assert.Single(await database.TasksAsync(instance.Id)).Status);

        var (retried, _) = await database.Runtime.RetryAsync(instance.Id, null, default);
        Assert.Equal(WorkflowInstanceStatus.Finished, retried!.Status);
        Assert.Contains(await database.JournalAsync(instance.Id), e => e is { ActivityId: "ask", Event: "completed", Outcome: "ok" });
    }

    [Fact]
    public async Task Starting_an_unknown_definition_is_refused()
    {
        var (instance, refusal) = await database.Runtime.StartAsync("no-such-workflow", null, null, null, default);
        Assert.Null(instance);
        Assert.Equal((RefusalKind.NotFound, "definitionId"), (refusal!.Kind, refusal.Field));
    }
}
