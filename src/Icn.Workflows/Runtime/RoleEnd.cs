using System.Text.Json.Nodes;
using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Runtime;

/// <summary>What happens to an account's tasks when a role of it ends (taken away, or the account deactivated).</summary>
internal sealed class RoleEnd(BurstRunner bursts, TimeProvider time)
{
    /// <summary>
    /// Gives back the open tasks <paramref name="userId"/> holds through a role its account no longer
    /// holds (as stored in <paramref name="db"/>'s transaction, which must be open: call after saving
    /// the account's change, so that both commit together). A claimed task of a role goes back
    /// unclaimed to the role's queue. The account's own task of a group decision is cancelled, and
    /// its activity is woken through a burst like any answer: the group decides anew over the
    /// holders that remain, and goes on if the votes already cast decide. Each is journalled with
    /// <paramref name="holderName"/> and the role. Answers how many tasks were given back.
    /// </summary>
    public async Task<int> ReleaseTasksOfAsync(IcnDbContext db, Guid userId, string holderName, Guid? actorId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Release tasks inside the transaction that changes the account: both commit, or neither.");
        }

        var held = (await TaskHolders.HeldAsync(db, userId, cancellationToken)).ToArray();
        var candidates = await db.WorkflowTasks.AsNoTracking()
            .Where(t => t.AssigneeUserId == userId && t.Status == WorkflowTaskStatus.Open && t.AssigneeRole != null && !held.Contains(t.AssigneeRole))
            .Select(t => new { t.Id, t.InstanceId })
            .ToListAsync(cancellationToken);
        var released = 0;

        // One instance at a time, in a fixed order, so that two releases never wait for each other.
        foreach (var instanceTasks in candidates.GroupBy(t => t.InstanceId).OrderBy(g => g.Key))
        {
            if (await InstanceLock.TakeAsync(db, instanceTasks.Key, cancellationToken) is not { } instance)
            {
                continue;
            }

            foreach (var candidate in instanceTasks.OrderBy(t => t.Id))
            {
                // Read again under the lock: a burst that held it may have closed the task meanwhile.
                var task = await db.WorkflowTasks.SingleAsync(t => t.Id == candidate.Id, cancellationToken);
                if (task.Status != WorkflowTaskStatus.Open || task.AssigneeUserId != userId)
                {
                    continue;
                }

                var reason = $"{holderName} no longer holds {task.AssigneeRole}";
                var bookmark = await db.WorkflowBookmarks.AsNoTracking().SingleOrDefaultAsync(b => b.Id == task.BookmarkId, cancellationToken);
                if (IsGroupMembers(bookmark))
                {
                    instance = await WithdrawAsync(db, instance, task, bookmark!, reason, actorId, cancellationToken);
                }
                else
                {
                    task.AssigneeUserId = null;
                    db.WorkflowJournal.Add(RuntimeJournal.TaskEntry(instance, task, WorkflowRuntime.ReleasedEvent, $"Released: {reason}.", actorId, time.GetUtcNow().UtcDateTime));
                    await db.SaveChangesAsync(cancellationToken);
                }

                released++;
            }
        }

        return released;
    }

    /// <summary>
    /// Cancels a group member's task and lets the group decide again without it. A faulted instance
    /// is not woken (an admin's retry runs its failed wake-up); its group counts the task as gone
    /// when it next decides, since the holders are counted from the tasks.
    /// </summary>
    private async Task<WorkflowInstance> WithdrawAsync(
        IcnDbContext db, WorkflowInstance instance, WorkflowTask task, WorkflowBookmark bookmark, string reason, Guid? actorId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        task.Cancel(now);
        if (instance.Status != WorkflowInstanceStatus.Running)
        {
            db.WorkflowJournal.Add(RuntimeJournal.TaskEntry(instance, task, "cancelled", $"Withdrawn: {reason}.", actorId, time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
            return instance;
        }

        var payload = new JsonObject { [Resumption.Withdrawn] = reason };
        return await bursts.RunAsync(db, instance, Wake.Resume(bookmark, BookmarkKind.Task, payload, taskId: task.Id), actorId, cancellationToken);
    }

    /// <summary>A group decision's bookmark: one task per holder of its role, each that holder's own.</summary>
    private static bool IsGroupMembers(WorkflowBookmark? bookmark) =>
        bookmark is not null && JsonNode.Parse(bookmark.Data)?["assignment"]?.GetValue<string>() == "each-holder";
}
