using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Runtime;

/// <summary>
/// What a staff member does with a task: claim a role's task, complete one. Both check the
/// caller's account as stored now, not the roles their token was issued with.
/// </summary>
internal sealed class TaskCommands(IDbContextFactory<IcnDbContext> contexts, BurstRunner bursts, TimeProvider time)
{
    private static RuntimeRefusal NoLongerActive { get; } = new(RefusalKind.Forbidden, "Your account is deactivated: it holds no task.", "taskId");

    /// <summary>
    /// Completes a task for <paramref name="caller"/> and wakes its instance, in one transaction under
    /// the instance's lock: of two completions of one task, the second finds it done (a conflict).
    /// </summary>
    public async Task<(WorkflowTask? Task, RuntimeRefusal? Refusal)> CompleteAsync(
        Guid taskId, TaskAnswer answer, TaskCaller caller, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The account before the instance: the same order as a change of the account, which writes
        // the account and then locks the instances of the tasks it releases.
        if (await TaskHolders.NowAsync(db, caller, cancellationToken) is not { } holder)
        {
            return (null, NoLongerActive);
        }

        var instanceId = await db.WorkflowTasks.Where(t => t.Id == taskId).Select(t => (Guid?)t.InstanceId).SingleOrDefaultAsync(cancellationToken);
        if (instanceId is null || await InstanceLock.TakeAsync(db, instanceId.Value, cancellationToken) is not { } instance)
        {
            return (null, new(RefusalKind.NotFound, "No such task.", "taskId"));
        }

        var task = await db.WorkflowTasks.SingleAsync(t => t.Id == taskId, cancellationToken);
        if (holder.LacksRoleOf(task))
        {
            return (null, LacksRole(task));
        }

        if (task.Status != WorkflowTaskStatus.Open)
        {
            return (null, new(RefusalKind.Conflict, task.Status == WorkflowTaskStatus.Completed
                ? $"The task was already completed ('{task.Outcome}')."
                : "The task is no longer open: its step went on without it.", "taskId"));
        }

        // After the status check: whoever asks second learns that it was done, not that it is not theirs.
        if (!holder.MayTake(task))
        {
            return (null, new(RefusalKind.Forbidden, "This task is not yours to complete.", "taskId"));
        }

        if (instance.Status != WorkflowInstanceStatus.Running)
        {
            return (null, new(RefusalKind.Conflict, $"The workflow is {instance.Status.ToString().ToLowerInvariant()}; an admin must retry it first.", "taskId"));
        }

        if (!task.Outcomes.Contains(answer.Outcome))
        {
            return (null, new(RefusalKind.Validation, $"'{answer.Outcome}' is not an outcome of this task; it has {string.Join(", ", task.Outcomes.Select(o => $"'{o}'"))}.", "outcome"));
        }

        if (FormAnswers.Check(task.FormFields, answer.Data) is { } refusal)
        {
            return (null, refusal);
        }

        task.Complete(caller.UserId, answer.Outcome, answer.Comment, answer.Data?.ToJsonString(), time.GetUtcNow().UtcDateTime);

        var bookmark = await db.WorkflowBookmarks.AsNoTracking().SingleAsync(b => b.Id == task.BookmarkId, cancellationToken);
        await bursts.RunAsync(db, instance, Wake.Resume(bookmark, BookmarkKind.Task, taskId: task.Id), caller.UserId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (task, null);
    }

    /// <summary>
    /// Takes a role's task for <paramref name="caller"/>, so that it leaves the other holders' inboxes;
    /// only for a role their account holds now. No burst runs and the instance is not locked: the
    /// claim is one conditional update, so of two claims at once exactly one wins.
    /// </summary>
    public async Task<(WorkflowTask? Task, RuntimeRefusal? Refusal)> ClaimAsync(Guid taskId, TaskCaller caller, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await TaskHolders.NowAsync(db, caller, cancellationToken) is not { } holder)
        {
            return (null, NoLongerActive);
        }

        var roles = holder.Roles.ToArray();
        var claimed = await db.WorkflowTasks
            .Where(t => t.Id == taskId && t.Status == WorkflowTaskStatus.Open && t.AssigneeUserId == null && t.AssigneeRole != null && roles.Contains(t.AssigneeRole))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.AssigneeUserId, caller.UserId), cancellationToken);
        var task = await db.WorkflowTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (task is null)
        {
            return (null, new(RefusalKind.NotFound, "No such task.", "taskId"));
        }

        if (holder.LacksRoleOf(task))
        {
            return (null, LacksRole(task));
        }

        if (claimed == 1 || (task.Status == WorkflowTaskStatus.Open && task.AssigneeUserId == caller.UserId))
        {
            return (task, null);
        }

        return task.Status != WorkflowTaskStatus.Open
            ? (null, new(RefusalKind.Conflict, "The task is no longer open.", "taskId"))
            : task.AssigneeUserId is not null
                ? (null, new(RefusalKind.Conflict, "Someone else has this task.", "taskId"))
                : (null, new(RefusalKind.Forbidden, $"The task is for the role {task.AssigneeRole}, which you do not hold.", "taskId"));
    }

    private static RuntimeRefusal LacksRole(WorkflowTask task) =>
        new(RefusalKind.Forbidden, $"The task is for the role {task.AssigneeRole}, which you do not hold (any more).", "taskId");
}
