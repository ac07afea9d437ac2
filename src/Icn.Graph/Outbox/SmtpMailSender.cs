using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Icn.Graph.Outbox;

/// <summary>
/// Sends e-mail through the configured SMTP server, one connection per message. Registered only
/// when the options passed validation, so host, sender and (when authenticating) password are set.
/// The Message-ID comes from the outbox message's id, not from chance: a message sent again after
/// a crash carries the same one, and receivers that keep Message-IDs drop the copy.
/// </summary>
internal sealed class SmtpMailSender(SmtpOptions smtp) : IMailSender
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var message = new MimeMessage { MessageId = MessageIdOf(email.Id, smtp.EffectiveMessageIdDomain) };
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.FromAddress!));
        message.To.Add(MailboxAddress.Parse(email.Recipient));
        message.Subject = email.Subject;
        message.Body = new TextPart("plain") { Text = email.Body };

        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.Port, SocketOptionsOf(smtp.Security), cancellationToken);
        if (!string.IsNullOrWhiteSpace(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password!, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>The Message-ID (without its angle brackets) of every attempt of one outbox message.</summary>
    public static string MessageIdOf(Guid outboxId, string domain) => $"outbox.{outboxId:N}@{domain}";

    private static SecureSocketOptions SocketOptionsOf(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Unknown SMTP security mode."),
    };
}
