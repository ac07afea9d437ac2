namespace Icn.Graph.Outbox;

/// <summary>One e-mail as the outbox hands it to a mail sender: plain text to one recipient.</summary>
internal sealed record OutgoingEmail(string Recipient, string Subject, string Body);
