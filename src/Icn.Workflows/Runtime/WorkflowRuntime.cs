using System.Data.Common;
using System.Text.Json.Nodes;
using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Icn.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Icn.Workflows.Runtime;

/// <summary>
/// Starts and wakes workflow instances. Every wake-up is one burst in one transaction under the
/// instance's row lock (<c>FOR UPDATE</c>), so one burst of an instance runs at a time in any number
/// of processes. An activity that fails rolls its burst back to a savepoint; the instance is then
/// marked faulted with an incident in the same transaction, and nothing half-done is kept.
/// </summary>
public sealed partial class WorkflowRuntime(
    IDbContextFactory<IcnDbContext> contexts,
    PublishedDefinitions definitions,
    ActivityCatalog catalog,
    WorkflowScripts scripts,
    IServiceProvider services,
    TimeProvider time)
{
    private const string BurstSavepoint = "workflow_burst";

    /// <summary>
    /// Starts the latest published version of <paramref name="definitionId"/> on <paramref name="db"/>,
    /// inside the caller's transaction when there is one (so that, say, an application and its
    /// workflow are stored together), or in a transaction of its own. Save your own changes first.
    /// </summary>
    public async Task<(WorkflowInstance? Instance, RuntimeRefusal? Refusal)> StartAsync(
        IcnDbContext db, string definitionId, JsonObject? input, string? subjectId, Guid? actorId, CancellationToken cancellationToken)
    {
        var version = await definitions.LatestVersionAsync(db, definitionId, cancellationToken);
        if (version is null)
        {
            return (null, new(RefusalKind.NotFound, $"No published workflow definition '{definitionId}'.", "definitionId"));
        }

        var definition = await definitions.GetAsync(db, definitionId, version.Value, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var instance = new WorkflowInstance
        {
            Id = Guid.CreateVersion7(),
            DefinitionId = definitionId,
            DefinitionVersion = version.Value,
            Status = WorkflowInstanceStatus.Running,
            Variables = definition.InitialVariables().ToJsonString(),
            Input = (input ?? []).ToJsonString(),
            SubjectId = subjectId,
            StartedById = actorId,
            CreatedAt = now,
            UpdatedAt = now,
        };

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            db.WorkflowInstances.Add(instance);
            instance = await RunBurstAsync(db, instance, Wake.Start, actorId, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }

        return (instance, null);
    }

    /// <summary>Starts <paramref name="definitionId"/> in a transaction of its own.</summary>
    public async Task<(WorkflowInstance? Instance, RuntimeRefusal? Refusal)> StartAsync(
        string definitionId, JsonObject? input, string? subjectId, Guid? actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await StartAsync(db, definitionId, input, subjectId, actorId, cancellationToken);
    }

    /// <summary>
    /// Completes a task for <paramref name="caller"/> and wakes its instance, in one transaction under
    /// the instance's lock: of two completions of one task, the second finds it done (a conflict).
    /// The caller's roles are those their account holds now, not those their token was issued with.
    /// </summary>
    public async Task<(WorkflowTask? Task, RuntimeRefusal? Refusal)> CompleteTaskAsync(
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
        if (instanceId is null || await LockAsync(db, instanceId.Value, cancellationToken) is not { } instance)
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

        task.Status = WorkflowTaskStatus.Completed;
        task.Outcome = answer.Outcome;
        task.Comment = answer.Comment;
        task.Data = answer.Data?.ToJsonString();
        task.CompletedById = caller.UserId;
        task.CompletedAt = time.GetUtcNow().UtcDateTime;
        task.AssigneeUserId ??= caller.UserId;

        var bookmark = await db.WorkflowBookmarks.AsNoTracking().SingleAsync(b => b.Id == task.BookmarkId, cancellationToken);
        await RunBurstAsync(db, instance, Wake.Resume(bookmark, BookmarkKind.Task, taskId: task.Id), caller.UserId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (task, null);
    }

    /// <summary>
    /// Takes a role's task for <paramref name="caller"/>, so that it leaves the other holders' inboxes;
    /// only for a role their account holds now.
    /// </summary>
    public async Task<(WorkflowTask? Task, RuntimeRefusal? Refusal)> ClaimTaskAsync(Guid taskId, TaskCaller caller, CancellationToken cancellationToken)
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

    /// <summary>
    /// Sends a signal: every instance waiting for <paramref name="signal"/> with
    /// <paramref name="correlation"/> wakes (found through the bookmarks' index), each in a
    /// transaction of its own. Answers how many woke. For a signal that follows from a change of the
    /// caller's, use the overload that takes the caller's context, so that both commit together.
    /// </summary>
    public async Task<int> SignalAsync(string signal, string correlation, JsonObject? payload, Guid? actorId, CancellationToken cancellationToken)
    {
        var key = SignalKey(signal, correlation);
        List<Guid> instanceIds;
        await using (var lookup = await contexts.CreateDbContextAsync(cancellationToken))
        {
            instanceIds = await WaitingForAsync(lookup, key, cancellationToken);
        }

        var woken = 0;
        foreach (var instanceId in instanceIds)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await WakeBySignalAsync(db, instanceId, key, payload, actorId, cancellationToken))
            {
                await transaction.CommitAsync(cancellationToken);
                woken++;
            }
        }

        return woken;
    }

    /// <summary>
    /// Sends a signal inside the caller's transaction (which must be open): the change that caused it
    /// (an applicant's answer, say) and the bursts it wakes commit together, or, when the transaction
    /// rolls back, neither does; there is no moment at which one is stored without the other. Save
    /// your own changes first. Answers how many instances woke; an instance whose burst faults counts
    /// (its incident keeps the signal, to be retried).
    /// </summary>
    public async Task<int> SignalAsync(IcnDbContext db, string signal, string correlation, JsonObject? payload, Guid? actorId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Signal inside the caller's transaction: the bursts must commit with the change that caused them.");
        }

        var key = SignalKey(signal, correlation);
        var woken = 0;
        foreach (var instanceId in await WaitingForAsync(db, key, cancellationToken))
        {
            if (await WakeBySignalAsync(db, instanceId, key, payload, actorId, cancellationToken))
            {
                woken++;
            }
        }

        return woken;
    }

    /// <summary>
    /// Fires timers that are due, one burst each, until none is due or <paramref name="max"/> fired.
    /// A timer and its instance are claimed together with <c>FOR UPDATE SKIP LOCKED</c>: any number
    /// of processes may run this at once, each timer fires once, and one whose burst fails stays
    /// to be claimed again. Answers how many fired.
    /// </summary>
    public async Task<int> FireDueTimersAsync(int max, CancellationToken cancellationToken)
    {
        var fired = 0;
        while (fired < max)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            var due = await db.WorkflowBookmarks.FromSql($"""
                SELECT b.* FROM workflow_bookmarks b JOIN workflow_instances i ON i.id = b.instance_id
                WHERE b.kind = 'timer' AND b.due_at <= {now} AND i.status = 'running'
                ORDER BY b.due_at LIMIT 1
                FOR UPDATE OF b, i SKIP LOCKED
                """).AsNoTracking().ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return fired;
            }

            var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == due[0].InstanceId, cancellationToken);
            await RunBurstAsync(db, instance, Wake.Resume(due[0], BookmarkKind.Timer, JsonNode.Parse(due[0].Data) as JsonObject), actorId: null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            fired++;
        }

        return fired;
    }

    /// <summary>The moment the next timer is due, for a worker deciding how long to sleep; null when none is waiting.</summary>
    public async Task<DateTime?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WorkflowBookmarks.Where(b => b.Kind == BookmarkKind.Timer).MinAsync(b => b.DueAt, cancellationToken);
    }

    /// <summary>Runs a faulted instance's failed wake-up again from its stored state.</summary>
    public async Task<(WorkflowInstance? Instance, RuntimeRefusal? Refusal)> RetryAsync(Guid instanceId, Guid? actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await LockAsync(db, instanceId, cancellationToken) is not { } instance)
        {
            return (null, new(RefusalKind.NotFound, "No such workflow instance.", "id"));
        }

        var incident = await db.WorkflowIncidents.Where(i => i.InstanceId == instanceId && i.ResolvedAt == null)
            .OrderByDescending(i => i.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (instance.Status != WorkflowInstanceStatus.Faulted || incident is null)
        {
            return (null, new(RefusalKind.Conflict, $"Only a faulted instance can be retried; this one is {instance.Status.ToString().ToLowerInvariant()}.", "id"));
        }

        Resolve(incident, "retried", actorId);
        instance.Status = WorkflowInstanceStatus.Running;
        instance = await RunBurstAsync(db, instance, Wake.Read(incident.Wake), actorId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (instance, null);
    }

    /// <summary>Stops an instance: its bookmarks go, its open tasks leave the inboxes, its incidents are closed.</summary>
    public async Task<(WorkflowInstance? Instance, RuntimeRefusal? Refusal)> CancelAsync(Guid instanceId, Guid? actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cancelled = await CancelAsync(db, instanceId, "Cancelled by an admin.", actorId, cancellationToken);
        if (cancelled.Refusal is null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return cancelled;
    }

    /// <summary>
    /// Cancels a running or faulted instance inside the caller's transaction (which must be open):
    /// its open tasks are cancelled, its bookmarks dropped, and the journal says why. The instance is
    /// locked first, so a burst in flight finishes before, or finds it cancelled after.
    /// </summary>
    public async Task<(WorkflowInstance? Instance, RuntimeRefusal? Refusal)> CancelAsync(IcnDbContext db, Guid instanceId, string reason, Guid? actorId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Cancel inside a transaction: the lock it takes lasts until the commit.");
        }

        if (await LockAsync(db, instanceId, cancellationToken) is not { } instance)
        {
            return (null, new(RefusalKind.NotFound, "No such workflow instance.", "id"));
        }

        if (instance.Status is not (WorkflowInstanceStatus.Running or WorkflowInstanceStatus.Faulted))
        {
            return (null, new(RefusalKind.Conflict, $"The instance is already {instance.Status.ToString().ToLowerInvariant()}.", "id"));
        }

        var now = time.GetUtcNow().UtcDateTime;
        await db.WorkflowTasks.Where(t => t.InstanceId == instanceId && t.Status == WorkflowTaskStatus.Open)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, WorkflowTaskStatus.Cancelled).SetProperty(t => t.CompletedAt, now), cancellationToken);
        await db.WorkflowBookmarks.Where(b => b.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken);
        foreach (var incident in await db.WorkflowIncidents.Where(i => i.InstanceId == instanceId && i.ResolvedAt == null).ToListAsync(cancellationToken))
        {
            Resolve(incident, "cancelled", actorId);
        }

        instance.Status = WorkflowInstanceStatus.Cancelled;
        instance.FinishedAt = now;
        instance.UpdatedAt = now;
        instance.State = new RuntimeState().Write();
        db.WorkflowJournal.Add(InstanceEntry(instance, "cancelled", reason, actorId, now));
        await db.SaveChangesAsync(cancellationToken);
        return (instance, null);
    }

    private static RuntimeRefusal NoLongerActive { get; } = new(RefusalKind.Forbidden, "Your account is deactivated: it holds no task.", "taskId");

    private static RuntimeRefusal LacksRole(WorkflowTask task) =>
        new(RefusalKind.Forbidden, $"The task is for the role {task.AssigneeRole}, which you do not hold (any more).", "taskId");

    /// <summary>The bookmark key of a signal; also what WaitForSignal stores.</summary>
    public static string SignalKey(string signal, string correlation) => $"{signal}:{correlation}";

    /// <summary>
    /// Runs one burst on a locked (or new) instance inside the context's transaction. An activity's
    /// fault rolls the burst back to a savepoint and faults the instance with an incident instead;
    /// a database or cancellation failure propagates, and the caller's transaction rolls back whole.
    /// Answers the instance as stored.
    /// </summary>
    private async Task<WorkflowInstance> RunBurstAsync(IcnDbContext db, WorkflowInstance instance, Wake wake, Guid? actorId, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var transaction = db.Database.CurrentTransaction!;
        await transaction.CreateSavepointAsync(BurstSavepoint, cancellationToken);
        Burst? burst = null;
        try
        {
            var definition = await definitions.GetAsync(db, instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
            var waiting = await db.WorkflowBookmarks.Where(b => b.InstanceId == instance.Id).ToListAsync(cancellationToken);
            burst = new Burst(db, instance, definition, waiting, catalog, scripts, services, time, actorId, cancellationToken);
            await PlayAsync(db, burst, wake);
            burst.Store();
            await db.SaveChangesAsync(cancellationToken);
            return instance;
        }
        catch (Exception error) when (IsActivityFault(error))
        {
            await transaction.RollbackToSavepointAsync(BurstSavepoint, cancellationToken);
            db.ChangeTracker.Clear();
            var faulted = await db.WorkflowInstances.SingleAsync(i => i.Id == instance.Id, cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            var message = error is WorkflowFault ? error.Message : $"{error.GetType().Name}: {error.Message}";
            faulted.Status = WorkflowInstanceStatus.Faulted;
            faulted.UpdatedAt = now;
            db.WorkflowIncidents.Add(new WorkflowIncident
            {
                Id = Guid.CreateVersion7(),
                InstanceId = instance.Id,
                ActivityId = burst?.Current,
                Message = message.Length > 2000 ? message[..2000] : message,
                Wake = wake.Write(),
                CreatedAt = now,
            });
            db.WorkflowJournal.Add(InstanceEntry(faulted, "faulted", message, actorId, now, burst?.Current));
            await db.SaveChangesAsync(cancellationToken);
            return faulted;
        }
    }

    private static async Task PlayAsync(IcnDbContext db, Burst burst, Wake wake)
    {
        if (wake.IsStart)
        {
            await burst.StartAsync();
            return;
        }

        var bookmark = db.WorkflowBookmarks.Local.SingleOrDefault(b => b.Id == wake.BookmarkId)
            ?? throw new WorkflowFault("The bookmark this wake-up was for is gone.");
        var task = wake.TaskId is { } taskId ? await db.WorkflowTasks.SingleAsync(t => t.Id == taskId, burst.CancellationToken) : null;
        await burst.ResumeAsync(bookmark, new Resumption(wake.Trigger, wake.Payload ?? []) { Task = task });
    }

    /// <summary>
    /// Faults of the workflow (an activity or its definition) become incidents. Cancellation, a lost
    /// connection or a transient database error (a deadlock, a serialization failure) are not the
    /// workflow's doing: they propagate, and the wake-up is tried again.
    /// </summary>
    private static bool IsActivityFault(Exception error) => error switch
    {
        OperationCanceledException => false,
        PostgresException { IsTransient: true } => false,
        PostgresException => true,
        NpgsqlException or DbException => false,
        DbUpdateException { InnerException: { } inner } => IsActivityFault(inner),

        // EF Core's default execution strategy wraps a transient database error in this: still the
        // database's doing, not the workflow's.
        InvalidOperationException { InnerException: DbUpdateException or DbException } wrapped => IsActivityFault(wrapped.InnerException!),
        _ => true,
    };

    /// <summary>The instances with a bookmark for the signal key, in id order (the order their locks are taken in).</summary>
    private static Task<List<Guid>> WaitingForAsync(IcnDbContext db, string key, CancellationToken cancellationToken) =>
        db.WorkflowBookmarks.Where(b => b.Kind == BookmarkKind.Signal && b.Key == key)
            .Select(b => b.InstanceId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);

    /// <summary>
    /// Runs the burst of one instance woken by a signal, in <paramref name="db"/>'s transaction; false
    /// when, under its lock, it is no longer running or no longer waiting for the signal.
    /// </summary>
    private async Task<bool> WakeBySignalAsync(IcnDbContext db, Guid instanceId, string key, JsonObject? payload, Guid? actorId, CancellationToken cancellationToken)
    {
        var instance = await LockAsync(db, instanceId, cancellationToken);

        // Looked up again under the lock: a burst that held it may have consumed the bookmark.
        var bookmark = await db.WorkflowBookmarks.AsNoTracking()
            .Where(b => b.InstanceId == instanceId && b.Kind == BookmarkKind.Signal && b.Key == key)
            .OrderBy(b => b.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (instance is not { Status: WorkflowInstanceStatus.Running } || bookmark is null)
        {
            return false;
        }

        await RunBurstAsync(db, instance, Wake.Resume(bookmark, BookmarkKind.Signal, payload), actorId, cancellationToken);
        return true;
    }

    private static async Task<WorkflowInstance?> LockAsync(IcnDbContext db, Guid instanceId, CancellationToken cancellationToken) =>
        (await db.WorkflowInstances.FromSql($"SELECT * FROM workflow_instances WHERE id = {instanceId} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault();

    private void Resolve(WorkflowIncident incident, string resolution, Guid? actorId)
    {
        incident.ResolvedAt = time.GetUtcNow().UtcDateTime;
        incident.Resolution = resolution;
        incident.ResolvedById = actorId;
    }

    private static WorkflowJournalEntry InstanceEntry(
        WorkflowInstance instance, string happened, string summary, Guid? actorId, DateTime now, string? activityId = null, string activityType = "") => new()
    {
        InstanceId = instance.Id,
        ActivityId = activityId ?? "",
        ActivityType = activityType,
        Event = happened,
        ActorId = actorId,
        Summary = summary.Length > 1000 ? summary[..997] + "..." : summary,
        StartedAt = now,
        FinishedAt = now,
    };
}
