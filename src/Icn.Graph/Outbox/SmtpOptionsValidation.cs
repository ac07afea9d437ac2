using MimeKit;

namespace Icn.Graph.Outbox;

/// <summary>
/// What is wrong with a configured SMTP server, checked at start so that a typo stops the API
/// with a clear message instead of leaving every e-mail to fail later, one by one.
/// </summary>
internal static class SmtpOptionsValidation
{
    public static IReadOnlyList<string> ProblemsOf(SmtpOptions smtp)
    {
        var problems = new List<string>();
        if (!smtp.IsConfigured)
        {
            // Credentials or a sender without a server are a half-done configuration: it would
            // silently log the mail instead of sending it.
            if (!string.IsNullOrWhiteSpace(smtp.UserName) || !string.IsNullOrWhiteSpace(smtp.Password) || !string.IsNullOrWhiteSpace(smtp.FromAddress) || !string.IsNullOrWhiteSpace(smtp.MessageIdDomain))
            {
                problems.Add($"{SmtpOptions.Section}:{nameof(SmtpOptions.Host)} is not set, but other {SmtpOptions.Section} settings are: set the host, or remove them to log e-mails instead of sending them.");
            }

            return problems;
        }

        if (smtp.Port is < 1 or > 65535)
        {
            problems.Add($"{SmtpOptions.Section}:{nameof(SmtpOptions.Port)} must be between 1 and 65535 (it is {smtp.Port}).");
        }

        if (string.IsNullOrWhiteSpace(smtp.FromAddress))
        {
            problems.Add($"{SmtpOptions.Section}:{nameof(SmtpOptions.FromAddress)} is required when {SmtpOptions.Section}:{nameof(SmtpOptions.Host)} is set.");
        }
        else if (!MailboxAddress.TryParse(smtp.FromAddress, out var from) || from.Address != smtp.FromAddress.Trim() || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            problems.Add($"{SmtpOptions.Section}:{nameof(SmtpOptions.FromAddress)} '{smtp.FromAddress}' is not an e-mail address.");
        }

        if (string.IsNullOrWhiteSpace(smtp.UserName) != string.IsNullOrWhiteSpace(smtp.Password))
        {
            problems.Add($"{SmtpOptions.Section}:{nameof(SmtpOptions.UserName)} and {SmtpOptions.Section}:{nameof(SmtpOptions.Password)} go together: set both or neither.");
        }

        if (!string.IsNullOrWhiteSpace(smtp.MessageIdDomain) && Uri.CheckHostName(smtp.MessageIdDomain.Trim()) != UriHostNameType.Dns)
        {
            problems.Add($"{SmtpOptions.Section}:{nameof(SmtpOptions.MessageIdDomain)} '{smtp.MessageIdDomain}' is not a domain name.");
        }

        if (smtp.Timeout <= TimeSpan.Zero)
        {
            problems.Add($"{SmtpOptions.Section}:{nameof(SmtpOptions.Timeout)} must be positive.");
        }

        return problems;
    }
}
