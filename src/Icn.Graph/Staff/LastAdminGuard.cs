using Icn.Domain.Staff;
using Icn.Graph.Engine.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Staff;

/// <summary>
/// The network keeps at least one active admin. Two admins demoting or deactivating each other at
/// the same moment would each see the other still there, so the check runs under one transaction
/// lock shared by every change that can take an admin away.
/// </summary>
internal static class LastAdminGuard
{
    /// <summary>An arbitrary, fixed key of PostgreSQL's transaction-scoped advisory locks.</summary>
    private const long AdminChangesLock = 7_426_001;

    /// <summary>A ConflictError when <paramref name="userId"/> is the last active admin; call inside a transaction.</summary>
    public static async Task<UserError?> RefuseIfLastAsync(MutationContext mutation, Guid userId, IReadOnlyList<string> path)
    {
        await mutation.Db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdminChangesLock})", mutation.CancellationToken);
        var adminRole = StaffRoles.IdOf(StaffRoles.Admin);
        var others = await mutation.Db.Users.CountAsync(
            u => u.Id != userId && u.IsActive && mutation.Db.UserRoles.Any(l => l.UserId == u.Id && l.RoleId == adminRole), mutation.CancellationToken);
        return others > 0 ? null : new ConflictUserError("The network must keep at least one active admin.", path);
    }
}
