using System.Text.Json.Nodes;
using Icn.Domain.Workflows;
using Icn.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Tests.Runtime;

/// <summary>Instances keep their version; several processes on one database lose nothing and do nothing twice.</summary>
public sealed class VersionAndConcurrencyTests(RuntimeDatabase database) : IClassFixture<RuntimeDatabase>
{
    [Fact]
    public async Task A_running_instance_keeps_the_version_it_started_on()
    {
        Flow Version(string label) => Flow.Named("versioned").Variable("label", "string")
            .Add("wait", "Delay", ("duration", "PT1H"))
            .Add("set", "SetVariable", ("variable", "label"), ("value", label))
            .Chain("start", "done", "wait", "done", "set");
        Assert.Equal(1, await database.PublishAsync(Version("first").Build()));
        var (old, _) = await database.Runtime.StartAsync("versioned", null, null, null, default);
        Assert.Equal(2, await database.PublishAsync(Version("second").Build()));
        var (current, _) = await database.Runtime.StartAsync("versioned", null, null, null, default);

        database.Clock.Advance(TimeSpan.FromHours(1));
        await database.Runtime.FireDueTimersAsync(100, default);

        Assert.Equal((1, "first"), (old!.DefinitionVersion, JsonNode.Parse((await database.InstanceAsync(old.Id)).Variables)!["label"]!.GetValue<string>()));
        Assert.Equal((2, "second"), (current!.DefinitionVersion, JsonNode.Parse((await database.InstanceAsync(current.Id)).Variables)!["label"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Two_processes_completing_the_votes_of_many_instances_at_once_make_one_transition_each_and_lose_no_vote()
    {
        await database.PublishAsync(Flow.Named("concurrent-votes").Variable("decision", "string")
            .Add("vote", "HumanTask", ("title", "Vote"), ("assignment", "each-holder"), ("role", "BOARD"), ("outcomes", new[] { "approve", "reject" }))
            .Add("decided", "SetVariable", ("variable", "decision"), ("value", new Script("'decided'")))
            .Chain("start", "done", "vote", "approve", "decided").Connect("vote", "reject", "decided").Build());
        var instances = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            instances.Add((await database.Runtime.StartAsync("concurrent-votes", null, null, null, default)).Instance!.Id);
        }

        await using var db = database.Db();
        var tasks = await db.WorkflowTasks.AsNoTracking().Where(t => instances.Contains(t.InstanceId)).ToListAsync();
        Assert.Equal(60, tasks.Count);
        WorkflowRuntime[] processes = [database.NewRuntime(), database.NewRuntime()];

        // Every vote of an instance at the same moment, alternating between the two processes.
        var answers = await Task.WhenAll(tasks.Select((task, i) => Task.Run(() => processes[i % 2].CompleteTaskAsync(
            task.Id, new TaskAnswer(i % 3 == 0 ? "reject" : "approve"), database.Caller(task.AssigneeUserId!.Value, "BOARD"), default))));

        Assert.All(answers, answer => Assert.Null(answer.Refusal));
        var journal = await db.WorkflowJournal.AsNoTracking().Where(e => instances.Contains(e.InstanceId) && e.ActivityId == "vote").ToListAsync();
        foreach (var instance in instances)
        {
            var entries = journal.Where(e => e.InstanceId == instance).ToList();
            Assert.Equal(1, entries.Count(e => e.Event == "waiting"));
            Assert.Equal(2, entries.Count(e => e.Event == "resumed"));
            Assert.Equal(1, entries.Count(e => e.Event == "completed"));
            Assert.Equal(WorkflowInstanceStatus.Finished, (await database.InstanceAsync(instance)).Status);
            Assert.Single(await database.JournalAsync(instance), e => e.ActivityId == "decided");
        }

        Assert.Equal(60, await db.WorkflowTasks.CountAsync(t => instances.Contains(t.InstanceId) && t.Status == WorkflowTaskStatus.Completed));
    }

    [Fact]
    public async Task A_second_completion_racing_the_first_gets_a_conflict()
    {
        await database.PublishAsync(Flow.Named("race").Add("ask", "HumanTask", ("title", "One answer"), ("assignment", "role"), ("role", "SECRETARIAT"), ("outcomes", new[] { "yes", "no" }))
            .Chain("start", "done", "ask").Build());
        var (instance, _) = await database.Runtime.StartAsync("race", null, null, null, default);
        var task = Assert.Single(await database.TasksAsync(instance!.Id));
        WorkflowRuntime[] processes = [database.NewRuntime(), database.NewRuntime()];

        var answers = await Task.WhenAll(database.Secretariat.Select((user, i) => Task.Run(() =>
            processes[i].CompleteTaskAsync(task.Id, new TaskAnswer(i == 0 ? "yes" : "no"), database.Caller(user, "SECRETARIAT"), default))));

        Assert.Single(answers, a => a.Refusal is null);
        Assert.Equal(RefusalKind.Conflict, Assert.Single(answers, a => a.Refusal is not null).Refusal!.Kind);
        Assert.Single(await database.JournalAsync(instance.Id), e => e is { ActivityId: "ask", Event: "completed" });
    }

    [Fact]
    public async Task Timers_due_at_once_fire_exactly_once_across_two_processes()
    {
        await database.PublishAsync(Flow.Named("many-timers").Variable("fired", "number", 0)
            .Add("wait", "Delay", ("duration", "PT5M"))
            .Add("count", "SetVariable", ("variable", "fired"), ("value", new Script("variables.fired + 1")))
            .Chain("start", "done", "wait", "done", "count").Build());
        var instances = new List<Guid>();
        for (var i = 0; i < 150; i++)
        {
            instances.Add((await database.Runtime.StartAsync("many-timers", null, null, null, default)).Instance!.Id);
        }

        database.Clock.Advance(TimeSpan.FromMinutes(5));
        WorkflowRuntime[] processes = [database.NewRuntime(), database.NewRuntime()];
        var fired = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => processes[i % 2].FireDueTimersAsync(1000, default))));

        Assert.Equal(150, fired.Sum());
        await using var db = database.Db();
        var states = await db.WorkflowInstances.AsNoTracking().Where(i => instances.Contains(i.Id)).ToListAsync();
        Assert.All(states, s => Assert.Equal((WorkflowInstanceStatus.Finished, 1), (s.Status, JsonNode.Parse(s.Variables)!["fired"]!.GetValue<int>())));
        Assert.Equal(150, await db.WorkflowJournal.CountAsync(e => instances.Contains(e.InstanceId) && e.ActivityId == "wait" && e.Event == "completed"));
    }
}
