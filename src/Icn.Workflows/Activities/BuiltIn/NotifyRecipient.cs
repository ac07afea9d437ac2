using Icn.Domain.Staff;
using Icn.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>
/// Who a <see cref="Notify"/> mail goes to, read from its <c>to</c> text when the mail is written:
/// a role (its holders), <c>applicant:&lt;application key&gt;</c> (the application's contact address),
/// <c>cluster:&lt;cluster key&gt;</c> (the cluster's contact address) or an e-mail address. A workflow
/// keeps the key, never a copy of the address, so an address that is erased or changed is not mailed
/// from a stale copy. <see cref="Description"/> names the recipient for the journal without the
/// address: the journal is read by more roles than the contact details are.
/// </summary>
internal sealed record NotifyRecipient(IReadOnlyList<string> Addresses, string Description)
{
    public const string ApplicantPrefix = "applicant:";

    public const string ClusterPrefix = "cluster:";

    /// <summary>The addresses <paramref name="to"/> names; none when it names a person without an address.</summary>
    public static async Task<NotifyRecipient> ResolveAsync(ActivityContext context, string input, string to)
    {
        if (StaffRoles.All.Contains(to))
        {
            var holders = await context.RoleHoldersAsync(to);
            return new([.. holders.Select(holder => holder.Email).Where(email => email.Length > 0)], to);
        }

        if (to.StartsWith(ApplicantPrefix, StringComparison.Ordinal))
        {
            var id = Key(context, input, to, ApplicantPrefix, "an application's");
            var email = await context.Db.Applications.Where(a => a.Id == id).Select(a => new { a.ContactEmail }).SingleOrDefaultAsync(context.CancellationToken)
                ?? throw new WorkflowFault($"'{context.Activity.Id}': '{input}' names no application ({id}).");
            return new(Present(email.ContactEmail), "the applicant");
        }

        if (to.StartsWith(ClusterPrefix, StringComparison.Ordinal))
        {
            var id = Key(context, input, to, ClusterPrefix, "a cluster's");
            var email = await context.Db.Clusters.Where(c => c.Id == id).Select(c => new { c.Contact.Email }).SingleOrDefaultAsync(context.CancellationToken)
                ?? throw new WorkflowFault($"'{context.Activity.Id}': '{input}' names no cluster ({id}).");
            return new(Present(email.Email), "the cluster's contact");
        }

        // An address written into the definition (or given by an expression): mailed as it is, and
        // not repeated in the journal, since it may well be a person's.
        return to.Contains('@', StringComparison.Ordinal)
            ? new([to], "an address")
            : throw new WorkflowFault($"'{context.Activity.Id}': '{input}' is neither a role, \"{ApplicantPrefix}<key>\", \"{ClusterPrefix}<key>\" nor an e-mail address.");
    }

    private static Guid Key(ActivityContext context, string input, string to, string prefix, string what) =>
        Guid.TryParse(to.AsSpan(prefix.Length), out var id)
            ? id
            : throw new WorkflowFault($"'{context.Activity.Id}': '{input}' does not end with {what} key: \"{to}\".");

    private static IReadOnlyList<string> Present(string? email) => email is { Length: > 0 } ? [email] : [];
}
