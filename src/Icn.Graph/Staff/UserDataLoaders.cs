using Icn.Domain.Persistence;
using Icn.Domain.Staff;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Staff;

/// <summary>Request-scoped batched loads of staff accounts and their roles, one query per level of a page.</summary>
internal sealed class UserDataLoaders(IDbContextFactory<IcnDbContext> databases)
{
    /// <summary>Accounts by id (the actor of audit entries).</summary>
    public BatchLoader<Guid, StaffUser?> ById { get; } = new(async (keys, cancellationToken) =>
    {
        var wanted = keys.ToArray();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, u => (StaffUser?)u);
    }, null);

    /// <summary>Each account's roles, in the order of <see cref="StaffRoles.All"/>.</summary>
    public BatchLoader<Guid, IReadOnlyList<string>> RolesOf { get; } = new(async (keys, cancellationToken) =>
    {
        var wanted = keys.ToArray();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var links = await db.UserRoles.AsNoTracking().Where(l => wanted.Contains(l.UserId)).ToListAsync(cancellationToken);
        return links.GroupBy(l => l.UserId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<string>)StaffRoles.All.Where(role => g.Any(l => l.RoleId == StaffRoles.IdOf(role))).ToList());
    }, []);
}
