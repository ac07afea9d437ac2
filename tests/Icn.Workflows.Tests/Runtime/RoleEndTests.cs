using System.Text.Json.Nodes;
using Icn.Domain.Persistence;
using Icn.Domain.Staff;
using Icn.Domain.Workflows;
using Icn.Workflows.Runtime;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Tests.Runtime;

/// <summary>
/// A role's end as the runtime sees it: the account's role row goes, and in the same transaction
/// <see cref="WorkflowRuntime.ReleaseTasksOfAsync"/> gives back what the account held through it.
/// Each test gives the roles it takes back before it ends, so the Board stays three.
/// </summary>
public sealed class RoleEndTests(RuntimeDatabase database) : IClassFixture<RuntimeDatabase>
{
    private const string Majority = "(() => { const n = o => votes.filter(v => v.outcome === o).length; for (const o of ['approve', 'reject']) { if (n(o) * 2 > holders) return o; } return null; })()";

    [Fact]
    public async Task A_vote_cast_before_the_role_ended_stays_cast_and_counts_towards_the_majority()
    {
        var (instance, tasks) = await StartVoteAsync("vote-cast-stays");
        await VoteAsync(tasks[0], "approve");

        await EndRoleAsync(database.Board[0], StaffRoles.Board);
        try
        {
            Assert.Equal(WorkflowTaskStatus.Completed, (await database.TasksAsync(instance.Id)).Single(t => t.Id == tasks[0].Id).Status);

            // Two approvals of three holders: the first member's vote still counts, though the role has ended.
            await VoteAsync(tasks[1], "approve");
            var finished = await database.InstanceAsync(instance.Id);
            Assert.Equal((WorkflowInstanceStatus.Finished, "approve"), (finished.Status, JsonNode.Parse(finished.Variables)!["decision"]!.GetValue<string>()));
        }
        finally
        {
            await GiveRoleAsync(database.Board[0], StaffRoles.Board);
        }
    }

    [Fact]
    public async Task A_task_made_for_a_user_stays_theirs_when_a_role_of_theirs_ends()
    {
        var user = database.Secretariat[1];
        await database.PublishAsync(Flow.Named("own-task-stays")
            .Add("ask", "HumanTask", ("title", "Write the notes"), ("assignment", "user"), ("userId", new Script("input.user")), ("outcomes", new[] { "done" }))
            .Add("end", "End").Chain("start", "done", "ask", "done", "end").Build());
        var (instance, _) = await database.Runtime.StartAsync("own-task-stays", new JsonObject { ["user"] = user.ToString() }, null, null, default);

        Assert.Equal(0, await EndRoleAsync(user, StaffRoles.Secretariat));
        try
        {
            var task = Assert.Single(await database.TasksAsync(instance!.Id));
            Assert.Equal((WorkflowTaskStatus.Open, (Guid?)user), (task.Status, task.AssigneeUserId));
            Assert.Null((await database.Runtime.CompleteTaskAsync(task.Id, new TaskAnswer("done"), database.Caller(user), default)).Refusal);
        }
        finally
        {
            await GiveRoleAsync(user, StaffRoles.Secretariat);
        }
    }

    /// <summary>
    /// A member answers in one process while an admin ends their role in another: both finish (no
    /// deadlock: both lock the account before the instance), and exactly one of them counts.
    /// </summary>
    [Fact]
    public async Task A_member_answering_while_their_role_ends_either_votes_or_is_withdrawn_never_both()
    {
        var member = database.Board[2];
        var answering = database.NewRuntime();
        var ending = database.NewRuntime();
        for (var round = 0; round < 6; round++)
        {
            var (instance, tasks) = await StartVoteAsync($"vote-race-{round}");
            var task = tasks.Single(t => t.AssigneeUserId == member);
            // Which of the two starts first alternates, so that each wins some rounds.
            Task<int>? end = round % 2 == 1 ? EndRoleAsync(member, StaffRoles.Board, ending) : null;
            var answer = answering.CompleteTaskAsync(task.Id, new TaskAnswer("approve"), database.Caller(member, "BOARD"), default);
            end ??= EndRoleAsync(member, StaffRoles.Board, ending);
            var ((_, refusal), released) = (await answer, await end);
            try
            {
                var stored = (await database.TasksAsync(instance.Id)).Single(t => t.Id == task.Id);
                if (refusal is null)
                {
                    Assert.Equal((WorkflowTaskStatus.Completed, 0), (stored.Status, released));
                }
                else
                {
                    Assert.Equal((RefusalKind.Forbidden, WorkflowTaskStatus.Cancelled, 1), (refusal.Kind, stored.Status, released));
                }
            }
            finally
            {
                await GiveRoleAsync(member, StaffRoles.Board);
            }
        }
    }

    /// <summary>Takes <paramref name="role"/> from the account and releases its tasks, in one transaction, as an admin's change does.</summary>
    private async Task<int> EndRoleAsync(Guid userId, string role, WorkflowRuntime? runtime = null)
    {
        await using var db = database.Db();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = await db.Users.Include(u => u.RoleLinks).SingleAsync(u => u.Id == userId);
        db.UserRoles.Remove(user.RoleLinks.Single(link => link.RoleId == StaffRoles.IdOf(role)));
        user.SecurityStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync();
        var released = await (runtime ?? database.Runtime).ReleaseTasksOfAsync(db, userId, user.Email!, null, default);
        await transaction.CommitAsync();
        return released;
    }

    private async Task GiveRoleAsync(Guid userId, string role)
    {
        await using IcnDbContext db = database.Db();
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = userId, RoleId = StaffRoles.IdOf(role) });
        await db.SaveChangesAsync();
    }

    private async Task<(WorkflowInstance Instance, List<WorkflowTask> Tasks)> StartVoteAsync(string id)
    {
        await database.PublishAsync(Flow.Named(id).Variable("decision", "string")
            .Add("vote", "HumanTask", ("title", "Decide"), ("assignment", "each-holder"), ("role", "BOARD"), ("outcomes", new[] { "approve", "reject" }), ("completionRule", Majority))
            .Add("approved", "SetVariable", ("variable", "decision"), ("value", "approve"))
            .Add("rejected", "SetVariable", ("variable", "decision"), ("value", "reject"))
            .Chain("start", "done", "vote", "approve", "approved").Connect("vote", "reject", "rejected").Build());
        var (instance, _) = await database.Runtime.StartAsync(id, null, null, null, default);
        var tasks = (await database.TasksAsync(instance!.Id)).OrderBy(t => t.AssigneeUserId).ToList();
        Assert.Equal(3, tasks.Count);
        return (instance, tasks);
    }

    private async Task VoteAsync(WorkflowTask task, string outcome) =>
        Assert.Null((await database.Runtime.CompleteTaskAsync(task.Id, new TaskAnswer(outcome), database.Caller(task.AssigneeUserId!.Value, "BOARD"), default)).Refusal);
}
