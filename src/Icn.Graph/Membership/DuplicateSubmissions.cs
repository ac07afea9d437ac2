using Icn.Domain.Membership;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Membership;

/// <summary>
/// A second submission of the same cluster from the same address while the first is still in
/// progress is a double click or a retry after a lost answer, not a new application: taken, it would
/// give the Secretariat two to screen and the applicant two tokens. Once the first is decided or
/// withdrawn, the cluster may apply again.
/// </summary>
internal static class DuplicateSubmissions
{
    /// <summary>The advisory lock class of submissions (the two-key form, apart from the one-key locks elsewhere).</summary>
    private const int LockClass = 7_001;

    /// <summary>
    /// Whether an application of <paramref name="clusterName"/> from <paramref name="contactEmail"/>
    /// is in progress. Takes a transaction-level lock on the address first, so that two submissions
    /// from it at once are checked one after the other: call it inside the submission's transaction.
    /// </summary>
    public static async Task<bool> InProgressAsync(IcnDbContext db, string clusterName, string contactEmail, CancellationToken cancellationToken)
    {
        var email = contactEmail.Trim().ToLowerInvariant();
        var name = clusterName.Trim().ToLowerInvariant();
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockClass}, hashtext({email}))", cancellationToken);
        return await db.Applications.AnyAsync(
            a => a.ContactEmail!.ToLower() == email
                && a.Cluster!.Name.ToLower() == name
                && !ApplicationStatuses.Decided.Contains(a.Status),
            cancellationToken);
    }
}
