using System.Text.Json.Nodes;
using Icn.Domain.Workflows;

namespace Icn.Workflows.Tests.Runtime;

/// <summary>Start, End, Decision, Switch, SetVariable, Fork and Join, run by the runtime on PostgreSQL.</summary>
public sealed class FlowActivityTests(RuntimeDatabase database) : IClassFixture<RuntimeDatabase>
{
    [Fact]
    public async Task A_straight_flow_sets_its_variables_journals_each_step_and_finishes()
    {
        await database.PublishAsync(Flow.Named("straight").Variable("greeting", "string", "none")
            .Add("set", "SetVariable", ("variable", "greeting"), ("value", new Script("'hello ' + input.name")))
            .Add("end", "End")
            .Chain("start", "done", "set", "done", "end").Build());

        var (instance, refusal) = await database.Runtime.StartAsync("straight", new JsonObject { ["name"] = "Lyon" }, null, null, default);

        Assert.Null(refusal);
        Assert.Equal(WorkflowInstanceStatus.Finished, instance!.Status);
        Assert.Equal("hello Lyon", JsonNode.Parse(instance.Variables)!["greeting"]!.GetValue<string>());
        var journal = await database.JournalAsync(instance.Id);
        Assert.Equal(["start:done", "set:done", "end:"], journal.Select(e => $"{e.ActivityId}:{e.Outcome}"));
        Assert.All(journal, e => Assert.Equal("completed", e.Event));
        Assert.Contains("greeting = \"hello Lyon\"", journal[1].Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(12, "big")]
    [InlineData(5, "small")]
    public async Task Decision_follows_its_condition(int members, string expected)
    {
        await database.PublishAsync(Flow.Named($"decide-{members}").Variable("size", "string")
            .Add("decide", "Decision", ("condition", new Script("input.members >= 10")))
            .Add("big", "SetVariable", ("variable", "size"), ("value", "big"))
            .Add("small", "SetVariable", ("variable", "size"), ("value", "small"))
            .Chain("start", "done", "decide", "true", "big").Connect("decide", "false", "small").Build());

        var (instance, _) = await database.Runtime.StartAsync($"decide-{members}", new JsonObject { ["members"] = members }, null, null, default);

        Assert.Equal(expected, JsonNode.Parse(instance!.Variables)!["size"]!.GetValue<string>());
        Assert.Equal(WorkflowInstanceStatus.Finished, instance.Status);
    }

    [Theory]
    [InlineData("DE", "europe")]
    [InlineData("CA", "americas")]
    [InlineData("JP", "default")]
    public async Task Switch_takes_the_first_case_that_holds_or_default(string country, string expected)
    {
        await database.PublishAsync(Flow.Named($"switch-{country.ToLowerInvariant()}").Variable("route", "string")
            .Add("route", "Switch", ("cases", new[]
            {
                new { name = "europe", condition = "['DE','FR','DK'].includes(input.country)" },
                new { name = "americas", condition = "['CA','US','BR'].includes(input.country)" },
                new { name = "everywhere", condition = "true" },
            }))
            .Add("europe", "SetVariable", ("variable", "route"), ("value", "europe"))
            .Add("americas", "SetVariable", ("variable", "route"), ("value", "americas"))
            .Add("other", "SetVariable", ("variable", "route"), ("value", "default"))
            .Chain("start", "done", "route", "europe", "europe").Connect("route", "americas", "americas")
            .Connect("route", "everywhere", "other").Connect("route", "default", "other").Build());

        var (instance, _) = await database.Runtime.StartAsync($"switch-{country.ToLowerInvariant()}", new JsonObject { ["country"] = country }, null, null, default);

        // "everywhere" always holds, so "default" is only reached through it: the first case that holds wins.
        Assert.Equal(expected, JsonNode.Parse(instance!.Variables)!["route"]!.GetValue<string>());
    }

    [Fact]
    public async Task Fork_runs_every_branch_and_join_all_goes_on_once_when_the_last_branch_arrives()
    {
        await database.PublishAsync(Flow.Named("fork-all").Variable("count", "number", 0)
            .Add("fork", "Fork", ("branches", new[] { "fast", "slow" }))
            .Add("wait-fast", "Delay", ("duration", "PT1H"))
            .Add("wait-slow", "Delay", ("duration", "P1D"))
            .Add("join", "Join", ("mode", "all"))
            .Add("count", "SetVariable", ("variable", "count"), ("value", new Script("variables.count + 1")))
            .Chain("start", "done", "fork", "fast", "wait-fast", "done", "join", "done", "count")
            .Connect("fork", "slow", "wait-slow").Connect("wait-slow", "done", "join").Build());

        var (instance, _) = await database.Runtime.StartAsync("fork-all", null, null, null, default);
        Assert.Equal(WorkflowInstanceStatus.Running, instance!.Status);

        database.Clock.Advance(TimeSpan.FromHours(2));
        await database.Runtime.FireDueTimersAsync(100, default);
        Assert.Equal(WorkflowInstanceStatus.Running, (await database.InstanceAsync(instance.Id)).Status);

        database.Clock.Advance(TimeSpan.FromDays(1));
        await database.Runtime.FireDueTimersAsync(100, default);
        var finished = await database.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowInstanceStatus.Finished, finished.Status);
        Assert.Equal(1, JsonNode.Parse(finished.Variables)!["count"]!.GetValue<int>());
        Assert.Single(await database.JournalAsync(instance.Id), e => e.ActivityId == "join");
    }

    [Fact]
    public async Task Join_all_does_not_wait_for_a_branch_that_took_another_way()
    {
        await database.PublishAsync(Flow.Named("fork-partial")
            .Add("fork", "Fork", ("branches", new[] { "left", "right" }))
            .Add("check", "Decision", ("condition", false))
            .Add("wait", "Delay", ("duration", "PT1H"))
            .Add("join", "Join")
            .Add("elsewhere", "End")
            .Add("end", "End")
            .Chain("start", "done", "fork", "left", "check", "true", "join", "done", "end")
            .Connect("check", "false", "elsewhere").Connect("fork", "right", "wait").Connect("wait", "done", "join").Build());

        var (instance, _) = await database.Runtime.StartAsync("fork-partial", null, null, null, default);
        database.Clock.Advance(TimeSpan.FromHours(2));
        await database.Runtime.FireDueTimersAsync(100, default);

        Assert.Equal(WorkflowInstanceStatus.Finished, (await database.InstanceAsync(instance!.Id)).Status);
        Assert.Single(await database.JournalAsync(instance.Id), e => e.ActivityId == "join");
    }

    [Fact]
    public async Task Join_any_goes_on_with_the_first_branch_and_cancels_the_others_with_their_tasks()
    {
        await database.PublishAsync(Flow.Named("fork-any")
            .Add("fork", "Fork", ("branches", new[] { "ask", "timeout" }))
            .Add("ask", "HumanTask", ("title", "Answer soon"), ("assignment", "role"), ("role", "SECRETARIAT"), ("outcomes", new[] { "done" }))
            .Add("timeout", "Delay", ("duration", "P3D"))
            .Add("join", "Join", ("mode", "any"))
            .Add("end", "End")
            .Chain("start", "done", "fork", "ask", "ask", "done", "join", "done", "end")
            .Connect("fork", "timeout", "timeout").Connect("timeout", "done", "join").Build());

        var (instance, _) = await database.Runtime.StartAsync("fork-any", null, null, null, default);
        Assert.Equal(WorkflowTaskStatus.Open, Assert.Single(await database.TasksAsync(instance!.Id)).Status);

        database.Clock.Advance(TimeSpan.FromDays(4));
        await database.Runtime.FireDueTimersAsync(100, default);

        Assert.Equal(WorkflowInstanceStatus.Finished, (await database.InstanceAsync(instance.Id)).Status);
        Assert.Equal(WorkflowTaskStatus.Cancelled, Assert.Single(await database.TasksAsync(instance.Id)).Status);
        var journal = await database.JournalAsync(instance.Id);
        Assert.Contains(journal, e => e.ActivityId == "ask" && e.Event == "cancelled");
        Assert.Single(journal, e => e.ActivityId == "join");
        await using var db = database.Db();
        Assert.False(db.WorkflowBookmarks.Any(b => b.InstanceId == instance.Id));
    }

    [Fact]
    public async Task Expressions_tell_the_time_by_the_runtimes_clock()
    {
        await database.PublishAsync(Flow.Named("clock").Variable("now", "string")
            .Add("set", "SetVariable", ("variable", "now"), ("value", new Script("new Date().toISOString()")))
            .Chain("start", "done", "set").Build());
        database.Clock.Advance(TimeSpan.FromDays(100));

        var (instance, _) = await database.Runtime.StartAsync("clock", null, null, null, default);

        Assert.Equal(database.Clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ"), JsonNode.Parse(instance!.Variables)!["now"]!.GetValue<string>());
    }
}
