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

    /// <summary>
    /// The domain in the Message-ID header, <c>&lt;outbox.&lt;message id&gt;@domain&gt;</c>; by
    /// default the domain of <see cref="FromAddress"/>. The header is the same at every attempt of
    /// one outbox message, so a receiver that got a message twice (sent again after a crash) can
    /// tell the copy.
    /// </summary>
    public string? MessageIdDomain { get; set; }

    /// <summary>How long one SMTP command may take before the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The Message-ID domain given, or else the sender address's.</summary>
    public string EffectiveMessageIdDomain =>
        string.IsNullOrWhiteSpace(MessageIdDomain) ? FromAddress![(FromAddress!.LastIndexOf('@') + 1)..].Trim() : MessageIdDomain.Trim();
}
