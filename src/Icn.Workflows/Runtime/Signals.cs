using System.Text.Json.Nodes;
using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Runtime;

/// <summary>
/// Wakes the instances waiting for a signal: found through the bookmarks' index by key, never by
/// loading instances, and each woken in a burst under its own lock.
/// </summary>
internal sealed class Signals(IDbContextFactory<IcnDbContext> contexts, BurstRunner bursts)
{
    /// <summary>The bookmark key of a signal; also what WaitForSignal stores.</summary>
    public static string Key(string signal, string correlation) => $"{signal}:{correlation}";

    /// <summary>
    /// Sends a signal: every instance waiting for <paramref name="signal"/> with
    /// <paramref name="correlation"/> wakes, each in a transaction of its own, so that one
    /// instance's burst never waits for another's. Answers how many woke.
    /// </summary>
    public async Task<int> SendAsync(string signal, string correlation, JsonObject? payload, Guid? actorId, CancellationToken cancellationToken)
    {
        var key = Key(signal, correlation);
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
            if (await WakeAsync(db, instanceId, key, payload, actorId, cancellationToken))
            {
                await transaction.CommitAsync(cancellationToken);
                woken++;
            }
        }

        return woken;
    }

    /// <summary>
    /// Sends a signal inside the caller's transaction (which must be open): the change that caused it
    /// and the bursts it wakes commit together, or neither does. Answers how many instances woke; an
    /// instance whose burst faults counts (its incident keeps the signal, to be retried).
    /// </summary>
    public async Task<int> SendAsync(IcnDbContext db, string signal, string correlation, JsonObject? payload, Guid? actorId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Signal inside the caller's transaction: the bursts must commit with the change that caused them.");
        }

        var key = Key(signal, correlation);
        var woken = 0;
        foreach (var instanceId in await WaitingForAsync(db, key, cancellationToken))
        {
            if (await WakeAsync(db, instanceId, key, payload, actorId, cancellationToken))
            {
                woken++;
            }
        }

        return woken;
    }

    /// <summary>The instances with a bookmark for the signal key, in id order (the order their locks are taken in).</summary>
    private static Task<List<Guid>> WaitingForAsync(IcnDbContext db, string key, CancellationToken cancellationToken) =>
        db.WorkflowBookmarks.Where(b => b.Kind == BookmarkKind.Signal && b.Key == key)
            .Select(b => b.InstanceId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);

    /// <summary>
    /// Runs the burst of one instance woken by a signal, in <paramref name="db"/>'s transaction; false
    /// when, under its lock, it is no longer running or no longer waiting for the signal.
    /// </summary>
    private async Task<bool> WakeAsync(IcnDbContext db, Guid instanceId, string key, JsonObject? payload, Guid? actorId, CancellationToken cancellationToken)
    {
        var instance = await InstanceLock.TakeAsync(db, instanceId, cancellationToken);

        // Looked up again under the lock: a burst that held it may have consumed the bookmark.
        var bookmark = await db.WorkflowBookmarks.AsNoTracking()
            .Where(b => b.InstanceId == instanceId && b.Kind == BookmarkKind.Signal && b.Key == key)
            .OrderBy(b => b.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (instance is not { Status: WorkflowInstanceStatus.Running } || bookmark is null)
        {
            return false;
        }

        await bursts.RunAsync(db, instance, Wake.Resume(bookmark, BookmarkKind.Signal, payload), actorId, cancellationToken);
        return true;
    }
}
