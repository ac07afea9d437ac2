using System.Data.Common;
using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Icn.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Icn.Workflows.Runtime;

/// <summary>
/// The orchestration every entry point of the runtime shares: one burst of one instance, in the
/// caller's transaction and under the lock the caller took (<see cref="InstanceLock"/>). Kept in
/// one place so that a start, an answer, a signal, a timer, a retry and a withdrawal all fault,
/// roll back and journal alike.
/// </summary>
internal sealed class BurstRunner(
    PublishedDefinitions definitions,
    ActivityCatalog catalog,
    WorkflowScripts scripts,
    IServiceProvider services,
    TimeProvider time)
{
    private const string BurstSavepoint = "workflow_burst";

    /// <summary>
    /// Runs one burst on a locked (or new) instance inside the context's transaction. An activity's
    /// fault rolls the burst back to a savepoint and faults the instance with an incident instead;
    /// a database or cancellation failure propagates, and the caller's transaction rolls back whole.
    /// Answers the instance as stored.
    /// </summary>
    public async Task<WorkflowInstance> RunAsync(IcnDbContext db, WorkflowInstance instance, Wake wake, Guid? actorId, CancellationToken cancellationToken)
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
            faulted.Fault(now);
            db.WorkflowIncidents.Add(new WorkflowIncident
            {
                Id = Guid.CreateVersion7(),
                InstanceId = instance.Id,
                ActivityId = burst?.Current,
                Message = message.Length > 2000 ? message[..2000] : message,
                Wake = wake.Write(),
                CreatedAt = now,
            });
            db.WorkflowJournal.Add(RuntimeJournal.InstanceEntry(faulted, "faulted", message, actorId, now, burst?.Current));
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
}
