namespace Icn.Graph.Outbox;

/// <summary>How the connection to the SMTP server is protected.</summary>
internal enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS, which the server must offer (submission, port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (implicit TLS, port 465).</summary>
    SslOnConnect,

    /// <summary>No TLS at all: only for a relay on the same machine or a test server.</summary>
    None,
}
