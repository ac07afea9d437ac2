namespace Icn.Graph.Outbox;

/// <summary>
/// Where no SMTP server is configured, an e-mail is written to the log instead of sent, and
/// counts as delivered. In Development the log has the whole message, so a developer finds an
/// invitation's link there; elsewhere the body is left out, because it may hold a one-time link
/// that no log should keep.
/// </summary>
internal sealed partial class LogMailSender(IHostEnvironment environment, ILogger<LogMailSender> logger) : IMailSender
{
    public Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        if (environment.IsDevelopment())
        {
            LogWhole(logger, email.Recipient, email.Subject, email.Body);
        }
        else
        {
            LogWithoutBody(logger, email.Recipient, email.Subject);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail to {Recipient} (no SMTP server configured, not sent): {Subject}\n{Body}")]
    private static partial void LogWhole(ILogger logger, string recipient, string subject, string body);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail to {Recipient} not sent, no SMTP server is configured (Smtp:Host): {Subject}")]
    private static partial void LogWithoutBody(ILogger logger, string recipient, string subject);
}
