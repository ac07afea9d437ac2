namespace Icn.Graph.Outbox;

/// <summary>
/// One e-mail as the outbox hands it to a mail sender: plain text to one recipient. <see cref="Id"/>
/// is the outbox message's, the same at every attempt, for a sender to derive the Message-ID from.
/// </summary>
internal sealed record OutgoingEmail(Guid Id, string Recipient, string Subject, string Body);
