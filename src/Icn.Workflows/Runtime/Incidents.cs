using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Runtime;

/// <summary>
/// What an admin (or a withdrawn application) does to an instance that faulted or must stop: retry
/// its failed wake-up, or cancel it. Either closes the instance's open incidents.
/// </summary>
internal sealed class Incidents(IDbContextFactory<IcnDbContext> contexts, BurstRunner bursts, TimeProvider time)
{
    /// <summary>Runs a faulted instance's failed wake-up again from its stored state.</summary>
    public async Task<(WorkflowInstance? Instance, RuntimeRefusal? Refusal)> RetryAsync(Guid instanceId, Guid? actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await InstanceLock.TakeAsync(db, instanceId, cancellationToken) is not { } instance)
        {
            return (null, new(RefusalKind.NotFound, "No such workflow instance.", "id"));
        }

        var incident = await db.WorkflowIncidents.Where(i => i.InstanceId == instanceId && i.ResolvedAt == null)
            .OrderByDescending(i => i.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (incident is null || instance.Resume() is not null)
        {
            return (null, new(RefusalKind.Conflict, $"Only a faulted instance can be retried; this one is {instance.Status.ToString().ToLowerInvariant()}.", "id"));
        }

        Resolve(incident, "retried", actorId);
        instance = await bursts.RunAsync(db, instance, Wake.Read(incident.Wake), actorId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (instance, null);
    }

    /// <summary>Stops an instance in a transaction of its own, as an admin's cancellation.</summary>
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

        if (await InstanceLock.TakeAsync(db, instanceId, cancellationToken) is not { } instance)
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

        instance.Cancel(new RuntimeState().Write(), now);
        db.WorkflowJournal.Add(RuntimeJournal.InstanceEntry(instance, "cancelled", reason, actorId, now));
        await db.SaveChangesAsync(cancellationToken);
        return (instance, null);
    }

    private void Resolve(WorkflowIncident incident, string resolution, Guid? actorId)
    {
        incident.ResolvedAt = time.GetUtcNow().UtcDateTime;
        incident.Resolution = resolution;
        incident.ResolvedById = actorId;
    }
}
