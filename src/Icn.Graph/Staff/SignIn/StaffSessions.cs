using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Icn.Graph.Staff.SignIn;

/// <summary>
/// Reads a staff account's current state (active, security stamp, roles, cluster), kept for a few
/// seconds per process so a busy editor does not cost a query per request. An admin's change
/// (deactivation, new roles) takes effect in every process within <see cref="FreshFor"/>.
/// </summary>
internal sealed class StaffSessions(IDbContextFactory<IcnDbContext> contexts, IMemoryCache cache)
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(10);

    public async Task<StaffSession?> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(userId), out StaffSession? session))
        {
            return session;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.IsActive, u.SecurityStamp, u.ClusterId })
            .FirstOrDefaultAsync(cancellationToken);
        if (user is not null)
        {
            var roles = await db.UserRoles.Where(ur => ur.UserId == userId)
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
                .ToListAsync(cancellationToken);
            session = new StaffSession(user.IsActive, user.SecurityStamp, user.ClusterId, roles);
        }

        cache.Set(CacheKey(userId), session, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = FreshFor, Size = 1 });
        return session;
    }

    /// <summary>Forgets an account's state in this process, after a change made here.</summary>
    public void Forget(Guid userId) => cache.Remove(CacheKey(userId));

    private static string CacheKey(Guid userId) => $"staff-session:{userId:N}";
}
