using Icn.Domain.Persistence;
using Icn.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Runtime;

/// <summary>
/// Who holds what now, as the database says inside the asking transaction. A token's roles may be
/// up to <c>StaffSessions.FreshFor</c> old in another process; the account's rows are not.
/// </summary>
internal static class TaskHolders
{
    /// <summary>
    /// The caller with only the roles their account holds now; null when the account can no longer
    /// sign in (deactivated), which holds no task at all. Call inside a transaction: the account's
    /// row is locked for share until it ends, so an admin's change of its roles (which writes that
    /// row) either committed before this reads them or waits until this answer is stored.
    /// </summary>
    public static async Task<TaskCaller?> NowAsync(IcnDbContext db, TaskCaller caller, CancellationToken cancellationToken)
    {
        var account = await db.Users.FromSql($"SELECT * FROM staff_users WHERE id = {caller.UserId} FOR SHARE")
            .AsNoTracking().ToListAsync(cancellationToken);
        if (account is not [{ IsActive: true, PasswordHash: not null }])
        {
            return null;
        }

        // Read after the lock, in a statement of its own: it sees a change that the lock waited for.
        var held = await HeldAsync(db, caller.UserId, cancellationToken);
        held.IntersectWith(caller.Roles);
        return caller with { Roles = held };
    }

    /// <summary>The roles <paramref name="userId"/>'s account holds now; none when it can no longer sign in.</summary>
    public static async Task<HashSet<string>> HeldAsync(IcnDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var roleIds = await db.UserRoles
            .Where(link => link.UserId == userId && db.Users.Any(u => u.Id == userId && u.IsActive && u.PasswordHash != null))
            .Select(link => link.RoleId)
            .ToListAsync(cancellationToken);
        return roleIds.Select(StaffRoles.NameOf).OfType<string>().ToHashSet();
    }
}
