using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Runtime;

/// <summary>
/// The instance's row lock, held until the caller's transaction ends: one burst of an instance
/// runs at a time in any number of processes, and whatever is read after taking it (a task's
/// status, a bookmark) cannot change under the burst.
/// </summary>
internal static class InstanceLock
{
    /// <summary>Locks the instance (<c>FOR UPDATE</c>) and answers it as stored; null when there is none.</summary>
    public static async Task<WorkflowInstance?> TakeAsync(IcnDbContext db, Guid instanceId, CancellationToken cancellationToken) =>
        (await db.WorkflowInstances.FromSql($"SELECT * FROM workflow_instances WHERE id = {instanceId} FOR UPDATE").ToListAsync(cancellationToken)).SingleOrDefault();
}
