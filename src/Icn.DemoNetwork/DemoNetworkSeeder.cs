using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Icn.DemoNetwork;

/// <summary>Fills an empty database with the demo network, for development and demos.</summary>
public static class DemoNetworkSeeder
{
    /// <summary>Key of the transaction-scoped advisory lock that serialises concurrent seeders ("ICNSEED").</summary>
    private const long SeedLockKey = 0x49434E53454544;

    /// <summary>
    /// Adds the whole generated network in one transaction if the database has no cluster yet;
    /// returns whether it did. Two API instances starting together cannot both seed: on
    /// PostgreSQL the second waits on an advisory lock and then finds the clusters of the first.
    /// </summary>
    public static async Task<bool> SeedIfEmptyAsync(IcnDbContext db, DemoNetworkOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockKey})", ct);
        }

        if (await db.Clusters.AnyAsync(ct))
        {
            return false;
        }

        var network = DemoNetworkGenerator.Generate(options);

        network.AddTo(db);

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        // The caller's context should not keep tracking the whole network after start-up.
        db.ChangeTracker.Clear();
        return true;
    }
}
