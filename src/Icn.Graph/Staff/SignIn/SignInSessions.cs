using Icn.Domain.Persistence;
using Icn.Domain.Staff;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Staff.SignIn;

/// <summary>
/// The server side of staff sign-ins: each one is a row whose generation says which refresh token
/// is current. Refreshing moves the generation on in one conditional UPDATE, so of two requests
/// with the same token exactly one wins; presenting an older token means it was copied, and ends
/// the session (OAuth 2.0 refresh token rotation with reuse detection). Whether a session has ended
/// is kept for <see cref="StaffSessions.FreshFor"/> per process, like the account's state.
/// </summary>
internal sealed class SignInSessions(
    IDbContextFactory<IcnDbContext> contexts,
    IMemoryCache cache,
    TimeProvider time,
    IOptionsMonitor<BearerTokenOptions> bearer)
{
    public const string LoggedOut = "logout";
    public const string RefreshTokenReused = "refresh_token_reused";

    /// <summary>Starts a session at generation 1, and forgets the account's ended and abandoned ones.</summary>
    public async Task<(Guid Id, int Generation)> StartAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var abandoned = now - bearer.Get(IdentityConstants.BearerScheme).RefreshTokenExpiration;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A missing row refuses its tokens just as an ended one does, so old rows need not be kept.
        await db.SignInSessions.Where(s => s.UserId == userId && (s.EndedAt != null || s.RefreshedAt < abandoned)).ExecuteDeleteAsync(cancellationToken);
        var session = new SignInSession { Id = Guid.CreateVersion7(), UserId = userId, Generation = 1, StartedAt = now, RefreshedAt = now };
        db.SignInSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return (session.Id, session.Generation);
    }

    /// <summary>
    /// The next generation when <paramref name="generation"/> is the session's current one; null when
    /// the session has ended, is unknown, or the token was an older one (then the session ends now).
    /// </summary>
    public async Task<int?> RotateAsync(Guid sessionId, int generation, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rotated = await db.SignInSessions
            .Where(s => s.Id == sessionId && s.Generation == generation && s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Generation, s => s.Generation + 1).SetProperty(s => s.RefreshedAt, now), cancellationToken);
        if (rotated == 1)
        {
            return generation + 1;
        }

        // Either the session is over already, or this token was replaced: someone else holds a copy.
        await EndAsync(sessionId, RefreshTokenReused, cancellationToken);
        return null;
    }

    /// <summary>Ends the session (if it has not ended) and forgets its state in this process at once.</summary>
    public async Task EndAsync(Guid sessionId, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.SignInSessions
            .Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason), cancellationToken);
        cache.Remove(CacheKey(sessionId));
    }

    /// <summary>Whether the session's access tokens still work: it exists and has not ended.</summary>
    public async Task<bool> IsLiveAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(sessionId), out bool live))
        {
            return live;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        live = await db.SignInSessions.AnyAsync(s => s.Id == sessionId && s.EndedAt == null, cancellationToken);
        cache.Set(CacheKey(sessionId), live, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = StaffSessions.FreshFor, Size = 1 });
        return live;
    }

    private static string CacheKey(Guid sessionId) => $"sign-in-session:{sessionId:N}";
}
