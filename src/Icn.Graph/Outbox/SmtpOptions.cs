namespace Icn.Graph.Outbox;

/// <summary>
/// The SMTP server the outbox delivers e-mail through (configuration section "Smtp"). Without a
/// <see cref="Host"/> no mail is sent: the messages are written to the log instead.
/// </summary>
internal sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>The account to authenticate as; none: the server takes mail without authentication.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender's address, e.g. no-reply@icn.example.</summary>
    public string? FromAddress { get; set; }

    public string FromName { get; set; } = "ICN Network API";

    /// <summary>How long one SMTP command may take before the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
