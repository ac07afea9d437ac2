using Icn.Domain.Audit;
using Icn.Domain.Membership;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Membership.Retention;

/// <summary>
/// Finds rejected and withdrawn applications whose retention has run out and erases their contact
/// details, one application per transaction, so that a failure leaves the others erased.
/// </summary>
internal sealed class ApplicantContactRetention(
    IDbContextFactory<IcnDbContext> databases, TimeProvider time, IOptions<ApplicantContactRetentionOptions> options)
{
    private const int BatchSize = 100;

    /// <summary>Erases what is due; answers how many applications it erased.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        using var audit = AuditScope.Begin(new AuditActor(null, "system", "eraseExpiredApplicantContact"));
        var erased = 0;
        while (true)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var cutoff = now.AddMonths(-options.Value.ContactRetentionMonths);
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var due = await Due(db, cutoff).Select(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var id in due)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await ApplicationLock.LockAsync(db, id, cancellationToken);
                // Read again under the lock: another process may have erased it meanwhile.
                if (await Due(db, cutoff).FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } application)
                {
                    await ApplicantContactErasure.EraseAsync(db, application, now, cancellationToken);
                    erased++;
                }

                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            if (due.Count < BatchSize)
            {
                return erased;
            }
        }
    }

    private static IQueryable<Application> Due(IcnDbContext db, DateTime cutoff) =>
        db.Applications.Where(a =>
            (a.Status == ApplicationStatus.Rejected || a.Status == ApplicationStatus.Withdrawn)
            && a.ContactErasedAt == null
            && a.DecidedAt <= cutoff);
}
