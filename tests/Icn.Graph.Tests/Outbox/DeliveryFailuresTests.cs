using Icn.Graph.Outbox;
using MailKit.Net.Smtp;

namespace Icn.Graph.Tests.Outbox;

/// <summary>LastError is one short line an admin can read, with the SMTP server's code where it gave one.</summary>
public sealed class DeliveryFailuresTests
{
    [Fact]
    public void An_SMTP_refusal_keeps_the_server_code_and_words()
    {
        var refusal = new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, "Mailbox unavailable");

        Assert.Equal("SMTP server answered 550 (MailboxUnavailable): Mailbox unavailable", DeliveryFailures.Describe(refusal));
    }

    [Fact]
    public void A_long_message_on_many_lines_becomes_one_short_line()
    {
        var described = DeliveryFailures.Describe(new InvalidOperationException(string.Join("\r\n", Enumerable.Repeat("a line of a very long explanation", 50))));

        Assert.Equal(DeliveryFailures.MaxLength, described.Length);
        Assert.DoesNotContain('\n', described);
        Assert.DoesNotContain('\r', described);
        Assert.StartsWith("InvalidOperationException: a line of a very long explanation a line", described, StringComparison.Ordinal);
        Assert.EndsWith("…", described, StringComparison.Ordinal);
    }
}
