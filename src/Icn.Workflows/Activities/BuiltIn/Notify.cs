using Icn.Workflows.Runtime;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>
/// Sends a message through the outbox (delivered by SMTP when configured). The recipient's address
/// is read when the message is written (<see cref="NotifyRecipient"/>), and the journal names the
/// recipient without it.
/// </summary>
public sealed class Notify : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Notify", "People", "Writes an e-mail to the outbox once, whatever retries happen; it is delivered at least once (see docs/workflows.md). A person's address is read when the mail is written.",
        [
            InputDescriptor.Text(
                "to",
                $"Who receives it: a role (all its holders), \"{NotifyRecipient.ApplicantPrefix}<application key>\" (the applicant's contact address, e.g. `'{NotifyRecipient.ApplicantPrefix}' + input.applicationId`), \"{NotifyRecipient.ClusterPrefix}<cluster key>\" (the cluster's contact address) or an e-mail address.",
                required: true),
            InputDescriptor.Text("fallback", "Who receives it when `to` names a person without an address (erased, or never given): a role or an e-mail address. Without it the mail is not written."),
            InputDescriptor.Text("subject", "The subject line.", required: true),
            InputDescriptor.Text("body", "The text of the message.", required: true),
        ],
        ["done"]);

    public async ValueTask<ActivityResult> RunAsync(ActivityContext context)
    {
        var recipient = await NotifyRecipient.ResolveAsync(context, "to", context.RequiredText("to"));
        var subject = context.RequiredText("subject");
        var body = context.RequiredText("body");
        var described = $"to {recipient.Description}";
        if (recipient.Addresses.Count == 0 && context.Text("fallback") is { Length: > 0 } fallback)
        {
            var instead = await NotifyRecipient.ResolveAsync(context, "fallback", fallback);
            described = $"to {instead.Description} instead, as {recipient.Description} has no address";
            recipient = instead;
        }

        foreach (var address in recipient.Addresses)
        {
            context.SendEmail(address, subject, body);
        }

        context.Journal($"\"{subject}\" {described} ({recipient.Addresses.Count} recipient(s)).");
        return ActivityResult.Go("done");
    }
}
