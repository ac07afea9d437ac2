using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

/// <summary>
/// The browser origins of all active website keys, for answering CORS preflights (which carry no
/// credentials, so they cannot be matched to one key). Re-read at most every <see cref="FreshFor"/>,
/// and at once in the process that creates or revokes a key.
/// </summary>
internal sealed class WebsiteOrigins(IDbContextFactory<IcnDbContext> contexts, TimeProvider time)
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim reading = new(1, 1);
    private HashSet<string> origins = new(StringComparer.OrdinalIgnoreCase);
    private DateTimeOffset readAt = DateTimeOffset.MinValue;

    public async Task<bool> IsAllowedAsync(string origin, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - readAt >= FreshFor)
        {
            await ReadAsync(cancellationToken);
        }

        return origins.Contains(origin);
    }

    public void Invalidate() => readAt = DateTimeOffset.MinValue;

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        await reading.WaitAsync(cancellationToken);
        try
        {
            if (time.GetUtcNow() - readAt < FreshFor)
            {
                return;
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var lists = await db.ApiKeys.AsNoTracking().Where(k => k.RevokedAt == null).Select(k => k.AllowedOrigins).ToListAsync(cancellationToken);
            origins = new HashSet<string>(lists.SelectMany(l => l), StringComparer.OrdinalIgnoreCase);
            readAt = time.GetUtcNow();
        }
        finally
        {
            reading.Release();
        }
    }
}
