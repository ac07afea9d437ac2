using System.Collections.Concurrent;
using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Workflows;

/// <summary>
/// The API process is SIGKILLed in the middle of a stream of concurrent task completions, then
/// started again: every instance is in a state that a serial order of the committed completions
/// explains, none is stuck, and the completions that were not acknowledged can be sent again.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const int Instances = 30;
    private const int Voters = 5;
    private const string Errors = "errors { __typename code message path }";
    private const string Complete = $"mutation($task: ID!, $outcome: String!) {{ completeTask(input: {{ taskId: $task, outcome: $outcome }}) {{ task {{ status outcome }} {Errors} }} }}";

    private readonly string connectionString = TestDatabase.NewDatabaseConnectionString("crash");

    [Fact]
    public async Task A_killed_process_loses_no_acknowledged_completion_leaves_no_instance_stuck_and_takes_the_rest_again()
    {
        var first = await ApiProcess.StartAsync(Settings());
        var (votes, definitionId) = await PrepareAsync(first);
        var acknowledged = new ConcurrentDictionary<Guid, string>();
        var unacknowledged = new ConcurrentBag<Vote>();
        var killAt = votes.Count / 3;

        // Ten completions in flight at a time; once a third are acknowledged, the process is killed.
        using (var gate = new SemaphoreSlim(10))
        {
            var killed = 0;
            await Task.WhenAll(votes.Select(async vote =>
            {
                await gate.WaitAsync();
                try
                {
                    var response = await Client(first, vote.Token).PostAsync(Complete, new { task = vote.TaskGlobalId, outcome = vote.Outcome });
                    if (response.Status == 200 && response.Data?["completeTask"]?["task"]?["status"]?.GetValue<string>() == "COMPLETED")
                    {
                        acknowledged[vote.TaskId] = vote.Outcome;
                        if (acknowledged.Count >= killAt && Interlocked.Exchange(ref killed, 1) == 0)
                        {
                            first.Kill();
                        }
                    }
                    else
                    {
                        Assert.Fail($"A completion was refused before the crash: {response.Body}");
                    }
                }
                catch (HttpRequestException)
                {
                    unacknowledged.Add(vote);
                }
                catch (TaskCanceledException)
                {
                    unacknowledged.Add(vote);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        Assert.InRange(acknowledged.Count, killAt, votes.Count - 1);
        await using var second = await ApiProcess.StartAsync(Settings());

        // Nothing acknowledged was lost, and each instance is what its committed votes, in some order, make it.
        await using (var db = Db())
        {
            var tasks = await db.WorkflowTasks.AsNoTracking().ToListAsync();
            foreach (var (taskId, outcome) in acknowledged)
            {
                var task = tasks.Single(t => t.Id == taskId);
                Assert.Equal((WorkflowTaskStatus.Completed, outcome), (task.Status, task.Outcome));
            }

            foreach (var group in tasks.GroupBy(t => t.InstanceId))
            {
                await AssertExplainedAsync(db, group.Key, [.. group]);
            }
        }

        // The rest are sent again: each is taken, or found already done (committed before the kill).
        foreach (var vote in unacknowledged)
        {
            var response = await Client(second, vote.Token).PostAsync(Complete, new { task = vote.TaskGlobalId, outcome = vote.Outcome });
            var payload = response.Payload("completeTask");
            Assert.True(
                payload["task"] is not null || payload["errors"]![0]!["code"]!.GetValue<string>() == "CONFLICT",
                $"A resent completion got {payload}");
        }

        await using (var db = Db())
        {
            var instances = await db.WorkflowInstances.AsNoTracking().Where(i => i.DefinitionId == definitionId).ToListAsync();
            Assert.Equal(Instances, instances.Count);
            Assert.All(instances, i => Assert.Equal(WorkflowInstanceStatus.Finished, i.Status));
            var tasks = await db.WorkflowTasks.AsNoTracking().ToListAsync();
            foreach (var group in tasks.GroupBy(t => t.InstanceId))
            {
                await AssertExplainedAsync(db, group.Key, [.. group]);
            }
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => TestDatabase.DropAsync(connectionString);

    /// <summary>
    /// One journal entry per committed vote (one "waiting", then a "resumed" per vote but the
    /// deciding one, which is "completed"); decided exactly when all voted, by the majority.
    /// </summary>
    private static async Task AssertExplainedAsync(IcnDbContext db, Guid instanceId, List<WorkflowTask> tasks)
    {
        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == instanceId);
        var journal = await db.WorkflowJournal.AsNoTracking().Where(e => e.InstanceId == instanceId && e.ActivityId == "vote").ToListAsync();
        var done = tasks.Where(t => t.Status == WorkflowTaskStatus.Completed).ToList();
        Assert.Equal(1, journal.Count(e => e.Event == "waiting"));
        Assert.Equal(done.Count, journal.Count(e => e.Event is "resumed" or "completed"));
        if (done.Count == Voters)
        {
            var majority = done.GroupBy(t => t.Outcome).OrderByDescending(g => g.Count()).First().Key;
            Assert.Equal(WorkflowInstanceStatus.Finished, instance.Status);
            Assert.Equal(majority, Assert.Single(journal, e => e.Event == "completed").Outcome);
            Assert.Equal(majority, System.Text.Json.Nodes.JsonNode.Parse(instance.Variables)!["decision"]!.GetValue<string>());
        }
        else
        {
            Assert.Equal(WorkflowInstanceStatus.Running, instance.Status);
            Assert.DoesNotContain(journal, e => e.Event == "completed");
            Assert.Equal(1, await db.WorkflowBookmarks.CountAsync(b => b.InstanceId == instanceId && b.Kind == BookmarkKind.Task));
        }
    }

    private async Task<(List<Vote> Votes, string DefinitionId)> PrepareAsync(ApiProcess api)
    {
        using var http = api.CreateClient();
        var admin = Client(api, await BearerSignIn.TokenAsync(http, "admin@demo.icn", StaffApiFixture.Password) ?? throw new InvalidOperationException(api.Output));
        const string DefinitionId = "crash-votes";
        var json = """
            {
              "definitionId": "crash-votes", "name": "Votes through a crash",
              "variables": [ { "name": "decision", "type": "string" } ],
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "vote", "type": "HumanTask", "inputs": { "title": { "literal": "Vote" }, "assignment": { "literal": "each-holder" },
                  "role": { "literal": "BOARD" }, "outcomes": { "literal": ["approve", "reject"] } } },
                { "id": "approved", "type": "SetVariable", "inputs": { "variable": { "literal": "decision" }, "value": { "literal": "approve" } } },
                { "id": "rejected", "type": "SetVariable", "inputs": { "variable": { "literal": "decision" }, "value": { "literal": "reject" } } }
              ],
              "connections": [
                { "from": "start", "outcome": "done", "to": "vote" },
                { "from": "vote", "outcome": "approve", "to": "approved" },
                { "from": "vote", "outcome": "reject", "to": "rejected" }
              ]
            }
            """;
        (await admin.PostAsync($"mutation($json: String!) {{ saveWorkflowDraft(input: {{ json: $json }}) {{ definition {{ version }} {Errors} }} }}", new { json })).Succeeded("saveWorkflowDraft", "definition");
        (await admin.PostAsync($"mutation {{ publishWorkflow(input: {{ definitionId: \"{DefinitionId}\" }}) {{ definition {{ version }} {Errors} }} }}")).Succeeded("publishWorkflow", "definition");
        for (var i = 0; i < Instances; i++)
        {
            (await admin.PostAsync($"mutation {{ startWorkflow(input: {{ definitionId: \"{DefinitionId}\" }}) {{ instance {{ id }} {Errors} }} }}")).Succeeded("startWorkflow", "instance");
        }

        var tokens = new Dictionary<Guid, string>();
        await using var db = Db();
        var board = await db.Users.AsNoTracking().Where(u => u.Email!.StartsWith("board")).ToListAsync();
        foreach (var member in board)
        {
            tokens[member.Id] = await BearerSignIn.TokenAsync(http, member.Email!, StaffApiFixture.Password) ?? throw new InvalidOperationException(api.Output);
        }

        var tasks = await db.WorkflowTasks.AsNoTracking().OrderBy(t => t.Id).ToListAsync();
        Assert.Equal(Instances * Voters, tasks.Count);
        var votes = tasks.Select((t, i) => new Vote(t.Id, Icn.GraphQL.Relay.GlobalId.Encode("WorkflowTask", t.Id), i % 3 == 0 ? "reject" : "approve", tokens[t.AssigneeUserId!.Value]));

        // Interleaved by instance, so that many instances are mid-vote when the process dies.
        return ([.. votes.OrderBy(v => v.TaskId.GetHashCode())], DefinitionId);
    }

    private static GraphQLClient Client(ApiProcess api, string token) => BearerSignIn.Authorized(api.CreateClient(), token);

    private IcnDbContext Db() => new(new DbContextOptionsBuilder<IcnDbContext>().UseIcnDatabase(connectionString).Options);

    private Dictionary<string, string> Settings() => ApiProcess.DemoNetworkSettings(connectionString);

    private sealed record Vote(Guid TaskId, string TaskGlobalId, string Outcome, string Token);
}
