using System.Collections.Concurrent;
using Icn.Graph.Outbox;

namespace Icn.Graph.Tests.Outbox;

/// <summary>
/// A mail sender that counts, per recipient, how often it was asked to send, across every API that
/// shares it; it lingers a moment in each send so that claims of several workers overlap.
/// </summary>
internal sealed class RecordingMailSender(ConcurrentDictionary<string, int> sends, string worker, ConcurrentDictionary<string, int> perWorker) : IMailSender
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        await Task.Delay(1, cancellationToken);
        sends.AddOrUpdate(email.Recipient, 1, (_, count) => count + 1);
        perWorker.AddOrUpdate(worker, 1, (_, count) => count + 1);
    }
}
