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
}
