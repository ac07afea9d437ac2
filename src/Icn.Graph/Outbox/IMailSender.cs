namespace Icn.Graph.Outbox;

/// <summary>
/// Delivers one e-mail, or throws saying why it could not; the outbox worker records the failure
/// and tries again later.
/// </summary>
internal interface IMailSender
{
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}
