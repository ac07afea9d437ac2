using System.Text.Json.Nodes;
using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Tests.Runtime;

/// <summary>Delay, Timer (a moment, a cron schedule) and WaitForSignal, with the clock moved.</summary>
public sealed class TimeAndSignalTests(RuntimeDatabase database) : IClassFixture<RuntimeDatabase>
{
    [Fact]
    public async Task Delay_waits_for_its_duration_and_not_a_moment_less()
    {
        await database.PublishAsync(Flow.Named("delay").Add("wait", "Delay", ("duration", "P14D")).Add("end", "End")
            .Chain("start", "done", "wait", "done", "end").Build());
        var (instance, _) = await database.Runtime.StartAsync("delay", null, null, null, default);

        database.Clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await database.Runtime.FireDueTimersAsync(100, default));
        Assert.Equal(WorkflowInstanceStatus.Running, (await database.InstanceAsync(instance!.Id)).Status);

        database.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await database.Runtime.FireDueTimersAsync(100, default));
        Assert.Equal(WorkflowInstanceStatus.Finished, (await database.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task Timer_waits_for_a_moment_given_by_an_expression()
    {
        await database.PublishAsync(Flow.Named("timer-at").Add("wait", "Timer", ("at", new Script("input.deadline"))).Add("end", "End")
            .Chain("start", "done", "wait", "done", "end").Build());
        var deadline = database.Clock.GetUtcNow().AddDays(3);
        var (instance, _) = await database.Runtime.StartAsync("timer-at", new JsonObject { ["deadline"] = deadline.ToString("O") }, null, null, default);

        await using (var db = database.Db())
        {
            Assert.Equal(deadline.UtcDateTime, Assert.Single(db.WorkflowBookmarks.Where(b => b.InstanceId == instance!.Id)).DueAt);
        }

        database.Clock.Advance(TimeSpan.FromDays(3));
        await database.Runtime.FireDueTimersAsync(100, default);
        Assert.Equal(WorkflowInstanceStatus.Finished, (await database.InstanceAsync(instance!.Id)).Status);
    }

    [Fact]
    public async Task Timer_on_a_cron_schedule_waits_for_its_next_occurrence_in_its_time_zone()
    {
        await database.PublishAsync(Flow.Named("timer-cron")
            .Add("wait", "Timer", ("cron", "0 9 1 * *"), ("timeZone", "Europe/Copenhagen")).Add("end", "End")
            .Chain("start", "done", "wait", "done", "end").Build());
        var now = database.Clock.GetUtcNow();
        var (instance, _) = await database.Runtime.StartAsync("timer-cron", null, null, null, default);

        await using var db = database.Db();
        var due = Assert.Single(db.WorkflowBookmarks.Where(b => b.InstanceId == instance!.Id)).DueAt!.Value;
        var copenhagen = TimeZoneInfo.ConvertTimeFromUtc(due, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"));
        Assert.Equal((1, 9, 0), (copenhagen.Day, copenhagen.Hour, copenhagen.Minute));
        Assert.True(due > now.UtcDateTime && due <= now.UtcDateTime.AddDays(31));
    }

    [Fact]
    public async Task A_signal_wakes_only_the_instance_with_its_correlation_and_hands_over_its_payload()
    {
        await database.PublishAsync(Flow.Named("signal").Variable("answer", "object")
            .Add("wait", "WaitForSignal", ("signal", "information-provided"), ("correlation", new Script("input.application")), ("variable", "answer"))
            .Add("end", "End")
            .Chain("start", "done", "wait", "done", "end").Build());
        var (first, _) = await database.Runtime.StartAsync("signal", new JsonObject { ["application"] = "A-1" }, null, null, default);
        var (second, _) = await database.Runtime.StartAsync("signal", new JsonObject { ["application"] = "A-2" }, null, null, default);

        Assert.Equal(0, await database.Runtime.SignalAsync("information-provided", "A-3", null, null, default));
        Assert.Equal(1, await database.Runtime.SignalAsync("information-provided", "A-1", new JsonObject { ["text"] = "Our strategy" }, null, default));

        var woken = await database.InstanceAsync(first!.Id);
        Assert.Equal(WorkflowInstanceStatus.Finished, woken.Status);
        Assert.Equal("Our strategy", JsonNode.Parse(woken.Variables)!["answer"]!["text"]!.GetValue<string>());
        Assert.Equal(WorkflowInstanceStatus.Running, (await database.InstanceAsync(second!.Id)).Status);
        Assert.Equal(0, await database.Runtime.SignalAsync("information-provided", "A-1", null, null, default));
    }

    [Fact]
    public async Task A_signal_in_the_callers_transaction_is_stored_with_it_or_not_at_all()
    {
        await database.PublishAsync(Flow.Named("signal-tx").Variable("answer", "object")
            .Add("wait", "WaitForSignal", ("signal", "information-provided"), ("correlation", new Script("input.application")), ("variable", "answer"))
            .Add("end", "End")
            .Chain("start", "done", "wait", "done", "end").Build());
        var (instance, _) = await database.Runtime.StartAsync("signal-tx", new JsonObject { ["application"] = "T-1" }, null, null, default);

        await using (var db = database.Db())
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => database.Runtime.SignalAsync(db, "information-provided", "T-1", null, null, default));
        }

        // Woken inside a transaction that then rolls back: the instance still waits.
        await using (var db = database.Db())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal(1, await database.Runtime.SignalAsync(db, "information-provided", "T-1", new JsonObject { ["text"] = "lost" }, null, default));
            await transaction.RollbackAsync();
        }

        Assert.Equal(WorkflowInstanceStatus.Running, (await database.InstanceAsync(instance!.Id)).Status);

        await using (var db = database.Db())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal(1, await database.Runtime.SignalAsync(db, "information-provided", "T-1", new JsonObject { ["text"] = "kept" }, null, default));
            await transaction.CommitAsync();
        }

        var woken = await database.InstanceAsync(instance.Id);
        Assert.Equal(WorkflowInstanceStatus.Finished, woken.Status);
        Assert.Equal("kept", JsonNode.Parse(woken.Variables)!["answer"]!["text"]!.GetValue<string>());
    }
}
