using Icn.Domain.Common;
using Icn.Domain.Membership;
using Icn.Domain.Outbox;
using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Icn.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Membership;

/// <summary>
/// An application withdrawn by its applicant: its workflows stop (their open tasks leave the
/// inboxes), it becomes WITHDRAWN with the applicant's reason, and the applicant gets a confirmation.
/// </summary>
internal static class ApplicationWithdrawal
{
    public const string ByApplicant = "Withdrawn by the applicant.";

    /// <summary>
    /// Withdraws <paramref name="application"/> (tracked by <paramref name="db"/>) inside the caller's
    /// transaction, which then saves and commits. The application's refusal, and nothing changed, when it is already decided.
    /// </summary>
    public static async Task<RuleBreak?> WithdrawAsync(IcnDbContext db, WorkflowRuntime runtime, Application application, string? reason, DateTime now, CancellationToken cancellationToken)
    {
        // Under the locks the workflow cannot move the application on meanwhile: what is read now
        // is what the withdrawal replaces.
        await ApplicationLock.LockAsync(db, application.Id, cancellationToken);
        await db.Entry(application).ReloadAsync(cancellationToken);
        if (application.CheckWithdrawable() is { } decided)
        {
            return decided;
        }

        var subject = MembershipApplicationWorkflow.SubjectOf(application);
        var running = await db.WorkflowInstances
            .Where(i => i.SubjectId == subject && (i.Status == WorkflowInstanceStatus.Running || i.Status == WorkflowInstanceStatus.Faulted))
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
        foreach (var instance in running)
        {
            await runtime.CancelAsync(db, instance, ByApplicant, actorId: null, cancellationToken);
        }

        if (application.Withdraw(reason ?? ByApplicant, now) is { } refused)
        {
            return refused;
        }

        if (application.ContactEmail is { Length: > 0 } email)
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                IdempotencyKey = $"application:{application.Id:N}:withdrawn",
                Kind = "email",
                Recipient = email,
                Subject = "Your ICN application was withdrawn",
                Body = $"As you asked, your application for membership in ICN was withdrawn on {now:yyyy-MM-dd}. You are welcome to apply again.",
                CreatedAt = now,
            });
        }

        return null;
    }
}
