using System.Text.Json.Nodes;
using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Runtime;

/// <summary>Fires due timers, for the workers of any number of processes at once.</summary>
internal sealed class TimerWakeUps(IDbContextFactory<IcnDbContext> contexts, BurstRunner bursts, TimeProvider time)
{
    /// <summary>
    /// Fires timers that are due, one burst each, until none is due or <paramref name="max"/> fired.
    /// A timer and its instance are claimed together with <c>FOR UPDATE SKIP LOCKED</c>: any number
    /// of processes may run this at once, each timer fires once, and one whose burst fails stays
    /// to be claimed again. Answers how many fired.
    /// </summary>
    public async Task<int> FireDueAsync(int max, CancellationToken cancellationToken)
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
            await bursts.RunAsync(db, instance, Wake.Resume(due[0], BookmarkKind.Timer, JsonNode.Parse(due[0].Data) as JsonObject), actorId: null, cancellationToken);
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
}
