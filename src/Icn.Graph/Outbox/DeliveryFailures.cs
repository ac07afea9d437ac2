using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Icn.Graph.Outbox;

/// <summary>
/// The short, single-line reason kept in a message's LastError for an admin: what went wrong, in
/// the server's words where it gave any, never a stack trace nor anything from the configuration.
/// </summary>
internal static class DeliveryFailures
{
    public const int MaxLength = 300;

    public static string Describe(Exception exception)
    {
        var reason = exception switch
        {
            SmtpCommandException command => $"SMTP server answered {(int)command.StatusCode} ({command.StatusCode}): {command.Message}",
            SmtpProtocolException protocol => $"SMTP conversation broke off: {protocol.Message}",
            AuthenticationException authentication => $"SMTP authentication failed: {authentication.Message}",
            SslHandshakeException => "TLS with the SMTP server failed (certificate or TLS version).",
            ServiceNotConnectedException => "The SMTP server closed the connection.",
            SocketException socket => $"Cannot reach the SMTP server: {socket.Message}",
            IOException io => $"Connection to the SMTP server failed: {io.Message}",
            TimeoutException => "The SMTP server did not answer in time.",
            OperationCanceledException => "The SMTP server did not answer in time.",
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
        var line = string.Join(' ', reason.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= MaxLength ? line : string.Concat(line.AsSpan(0, MaxLength - 1), "…");
    }
}
