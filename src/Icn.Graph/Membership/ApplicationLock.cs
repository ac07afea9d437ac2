using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Membership;

/// <summary>
/// Locks an application and its workflow instances until the commit, in the order the workflow's
/// own bursts take them (instance, then application), so that a change from outside the workflow
/// (a withdrawal, an erasure) and the workflow's next step take turns instead of deadlocking.
/// </summary>
internal static class ApplicationLock
{
    public static async Task LockAsync(IcnDbContext db, Guid applicationId, CancellationToken cancellationToken)
    {
        var subject = MembershipApplicationWorkflow.SubjectOf(applicationId);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM workflow_instances WHERE subject_id = {subject} ORDER BY id FOR UPDATE", cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM applications WHERE id = {applicationId} FOR UPDATE", cancellationToken);
    }
}
