using Icn.Domain.Staff;
using Icn.Workflows.Runtime;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>Sends a message through the outbox (delivered by SMTP when configured).</summary>
public sealed class Notify : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Notify", "People", "Sends an e-mail through the outbox, once, whatever retries happen.",
        [
            InputDescriptor.Text("to", "The recipient's e-mail address, or a role whose holders all receive it.", required: true),
            InputDescriptor.Text("subject", "The subject line.", required: true),
            InputDescriptor.Text("body", "The text of the message.", required: true),
        ],
        ["done"]);

    public async ValueTask<ActivityResult> RunAsync(ActivityContext context)
    {
        var to = context.RequiredText("to");
        var subject = context.RequiredText("subject");
        var body = context.RequiredText("body");
        IReadOnlyList<string> recipients = StaffRoles.All.Contains(to)
            ? [.. (await context.RoleHoldersAsync(to)).Select(holder => holder.Email).Where(email => email.Length > 0)]
            : to.Contains('@', StringComparison.Ordinal) ? [to] : throw new WorkflowFault($"'{context.Activity.Id}': '{to}' is neither an e-mail address nor a role.");
        foreach (var recipient in recipients)
        {
            context.SendEmail(recipient, subject, body);
        }

        context.Journal($"\"{subject}\" to {to} ({recipients.Count} recipient(s)).");
        return ActivityResult.Go("done");
    }
}
