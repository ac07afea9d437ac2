using Icn.Domain.Common;
using Icn.Domain.Membership;
using Icn.Domain.Persistence;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Membership;

/// <summary>
/// Erases an applicant's contact details (personal data, DOMAIN.md) from every copy: the application
/// (and the texts written about it), the workflows about it and about its cluster (input, variables,
/// state, journal, tasks, bookmarks, incidents), every e-mail to the address whatever wrote it (one
/// not sent yet is not sent), and the audit log's copies of the application. What the network
/// decided, and why, stays. Kept on purpose: an approved member's business contact, which approval
/// copied from the application (the cluster's row and its own audit entries), since the membership
/// is run through it. Runs inside the caller's transaction, with the application locked by the caller
/// (<see cref="ApplicationLock"/>).
/// </summary>
internal static class ApplicantContactErasure
{
    /// <summary>What an erased value becomes where a text named it.</summary>
    public const string Erased = ErasedText.Erased;

    /// <summary>Erases them everywhere; the application's refusal, and nothing changed, when it is in progress or was erased already.</summary>
    public static async Task<RuleBreak?> EraseAsync(IcnDbContext db, Application application, DateTime now, CancellationToken cancellationToken)
    {
        var email = application.ContactEmail;
        var erased = new ErasedText(email, application.ContactName);
        if (application.EraseContact(erased.In, now) is { } refused)
        {
            return refused;
        }

        await db.Entry(application).Collection(a => a.Evidence).LoadAsync(cancellationToken);
        foreach (var evidence in application.Evidence)
        {
            evidence.Text = erased.InRequired(evidence.Text);
        }

        var instances = await LockInstancesAsync(db, application, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (erased.IsEmpty)
        {
            return null;
        }

        await EraseFromWorkflowsAsync(db, instances, erased, cancellationToken);
        await EraseFromOutboxAsync(db, application, instances, email, erased, now, cancellationToken);

        // After the save: the audit interceptor has just logged this change too, and its "before" is
        // scrubbed with the rest.
        var audit = await db.AuditEntries.Where(e => e.EntityId == application.Id).ToListAsync(cancellationToken);
        foreach (var entry in audit)
        {
            entry.Before = erased.InJson(entry.Before);
            entry.After = erased.InJson(entry.After);
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// The instances about the application and about its cluster (the member's obligations, which
    /// the approval started with a copy of the contact before workflows kept keys only), locked as a
    /// burst locks them, so that none of their bursts writes over the erasure.
    /// </summary>
    private static async Task<List<Guid>> LockInstancesAsync(IcnDbContext db, Application application, CancellationToken cancellationToken)
    {
        string[] subjects = [MembershipApplicationWorkflow.SubjectOf(application), GlobalId.Encode("Cluster", application.ClusterId)];
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM workflow_instances WHERE subject_id = ANY({subjects}) ORDER BY id FOR UPDATE", cancellationToken);
        return await db.WorkflowInstances.Where(i => subjects.Contains(i.SubjectId!)).Select(i => i.Id).ToListAsync(cancellationToken);
    }

    private static async Task EraseFromWorkflowsAsync(IcnDbContext db, List<Guid> instances, ErasedText erased, CancellationToken cancellationToken)
    {
        foreach (var instance in await db.WorkflowInstances.Where(i => instances.Contains(i.Id)).ToListAsync(cancellationToken))
        {
            instance.Input = erased.InJson(instance.Input)!;
            instance.Variables = erased.InJson(instance.Variables)!;
            instance.State = erased.InJson(instance.State)!;
        }

        foreach (var entry in await db.WorkflowJournal.Where(e => instances.Contains(e.InstanceId) && e.Summary != null).ToListAsync(cancellationToken))
        {
            entry.Summary = erased.In(entry.Summary);
        }

        foreach (var task in await db.WorkflowTasks.Where(t => instances.Contains(t.InstanceId)).ToListAsync(cancellationToken))
        {
            task.Title = erased.InRequired(task.Title);
            task.Comment = erased.In(task.Comment);
            task.Data = erased.InJson(task.Data);
        }

        foreach (var bookmark in await db.WorkflowBookmarks.Where(b => instances.Contains(b.InstanceId)).ToListAsync(cancellationToken))
        {
            bookmark.Data = erased.InJson(bookmark.Data)!;
        }

        foreach (var incident in await db.WorkflowIncidents.Where(i => instances.Contains(i.InstanceId)).ToListAsync(cancellationToken))
        {
            incident.Message = erased.InRequired(incident.Message);
            incident.Wake = erased.InJson(incident.Wake)!;
            incident.Resolution = erased.In(incident.Resolution);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The e-mails about the application (its workflows', its withdrawal's) and every other e-mail to
    /// the address, unless another application still keeps that address: its mails are its own.
    /// </summary>
    private static async Task EraseFromOutboxAsync(
        IcnDbContext db, Application application, List<Guid> instances, string? email, ErasedText erased, DateTime now, CancellationToken cancellationToken)
    {
        var workflowKeys = instances.Select(i => i.ToString("N")).ToList();
        var applicationKey = $"application:{application.Id:N}:";
        var address = email?.Trim().ToLowerInvariant();
        var sharedAddress = address is not null && await db.Applications.AnyAsync(
            a => a.Id != application.Id && a.ContactEmail != null && a.ContactEmail.ToLower() == address, cancellationToken);
        var messages = await db.OutboxMessages
            .Where(m => (m.IdempotencyKey.StartsWith("wf:") && workflowKeys.Contains(m.IdempotencyKey.Substring(3, 32)))
                || m.IdempotencyKey.StartsWith(applicationKey)
                || (!sharedAddress && address != null && m.Recipient.ToLower() == address))
            .ToListAsync(cancellationToken);
        foreach (var message in messages)
        {
            if (erased.IsIn(message.Recipient))
            {
                // Not sent at all: there is nobody left to send it to.
                if (message.DeliveredAt is null && message.GaveUpAt is null)
                {
                    message.GaveUpAt = now;
                    message.LastError = "Not sent: the recipient's contact details were erased.";
                }

                message.Recipient = Erased;
            }

            message.Subject = erased.InRequired(message.Subject);
            message.Body = erased.InRequired(message.Body);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
