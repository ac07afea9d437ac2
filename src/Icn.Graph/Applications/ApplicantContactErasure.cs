using System.Text.Json.Nodes;
using Icn.Domain.Membership;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Applications;

/// <summary>
/// Erases an applicant's contact details (personal data, DOMAIN.md) from everywhere the application
/// put them: the application, its workflows' input, the journal lines and e-mails that name the
/// address, and the audit log's copies of the application row. What the network decided, and why,
/// stays. Runs inside the caller's transaction, with the application locked by the caller (<see cref="ApplicationLock"/>).
/// </summary>
internal static class ApplicantContactErasure
{
    /// <summary>What an erased address becomes where a text named it.</summary>
    public const string Erased = "(erased)";

    /// <summary>The audit log's columns of the application row that hold the contact.</summary>
    private const string ErasedAuditColumns = """{"contact_name": null, "contact_email": null}""";

    public static async Task EraseAsync(IcnDbContext db, Application application, DateTime now, CancellationToken cancellationToken)
    {
        var email = application.ContactEmail;
        application.ContactName = null;
        application.ContactEmail = null;
        application.ContactErasedAt = now;

        var subject = MembershipApplicationWorkflow.SubjectOf(application);
        var instances = await db.WorkflowInstances.Where(i => i.SubjectId == subject).ToListAsync(cancellationToken);
        foreach (var instance in instances)
        {
            instance.Input = WithoutContact(instance.Input);
        }

        await db.SaveChangesAsync(cancellationToken);

        // The audit interceptor has just logged this change too; its "before" is scrubbed with the rest.
        await db.Database.ExecuteSqlAsync(
            $"UPDATE audit_entries SET before = before || {ErasedAuditColumns}::jsonb, after = after || {ErasedAuditColumns}::jsonb WHERE entity_type = 'Application' AND entity_id = {application.Id}",
            cancellationToken);

        if (string.IsNullOrEmpty(email))
        {
            return;
        }

        foreach (var instance in instances)
        {
            await db.WorkflowJournal
                .Where(e => e.InstanceId == instance.Id && e.Summary != null && e.Summary.Contains(email))
                .ExecuteUpdateAsync(set => set.SetProperty(e => e.Summary, e => e.Summary!.Replace(email, Erased)), cancellationToken);

            // The workflow's messages carry its instance in their idempotency key. One not sent yet is
            // not sent at all: there is nobody left to send it to.
            var messages = db.OutboxMessages.Where(m => m.Recipient == email && m.IdempotencyKey.StartsWith($"wf:{instance.Id:N}:"));
            await messages.Where(m => m.DeliveredAt == null && m.GaveUpAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.GaveUpAt, now).SetProperty(m => m.LastError, "Not sent: the recipient's contact details were erased."), cancellationToken);
            await messages.ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Recipient, Erased).SetProperty(m => m.Body, m => m.Body.Replace(email, Erased)),
                cancellationToken);
        }
    }

    private static string WithoutContact(string input)
    {
        if (JsonNode.Parse(input) is not JsonObject values)
        {
            return input;
        }

        foreach (var key in new[] { "contactName", "contactEmail" })
        {
            if (values.ContainsKey(key))
            {
                values[key] = null;
            }
        }

        return values.ToJsonString();
    }
}
