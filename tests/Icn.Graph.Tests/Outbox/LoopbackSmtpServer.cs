using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Icn.Graph.Tests.Outbox;

/// <summary>
/// Just enough of an SMTP server, on a loopback port, to hold a real SMTP conversation with the API
/// (EHLO, MAIL FROM, RCPT TO, DATA, QUIT) and keep what it was given; or to fail the way a server
/// in trouble does, as <see cref="Behaviour"/> says; or to stall (<see cref="StallAfter"/>).
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private int connections;
    private int accepted;
    private int stalled;
    private int? stallAfter;
    private TaskCompletionSource stallReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LoopbackSmtpServer()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    public enum Mode
    {
        /// <summary>Takes every message.</summary>
        Accept,

        /// <summary>Answers the recipient with 451, a temporary failure.</summary>
        TemporaryFailure,

        /// <summary>Closes each connection before greeting.</summary>
        HangUp,
    }

    public Mode Behaviour { get; set; } = Mode.Accept;

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>How many connections were made to it, whatever became of them.</summary>
    public int Connections => Volatile.Read(ref connections);

    public ConcurrentQueue<Received> Messages { get; } = new();

    /// <summary>How many conversations are held, a message received but not answered (see <see cref="StallAfter"/>).</summary>
    public int Stalled => Volatile.Read(ref stalled);

    /// <summary>
    /// From now on, after <paramref name="acknowledged"/> more messages were answered, every further
    /// message is kept (it is in <see cref="Messages"/>: the server has it) but never acknowledged:
    /// the sender waits for the answer to its DATA, as it does when a server or the network stops
    /// right after taking a message. <see cref="Resume"/> ends it.
    /// </summary>
    public void StallAfter(int acknowledged)
    {
        Volatile.Write(ref accepted, 0);
        stallAfter = acknowledged;
    }

    /// <summary>Acknowledges normally again, and lets the held conversations go on.</summary>
    public void Resume()
    {
        stallAfter = null;
        Interlocked.Exchange(ref stallReleased, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref connections);
            _ = Task.Run(() => ConverseAsync(client));
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        using var _ = client;
        if (Behaviour == Mode.HangUp)
        {
            return;
        }

        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost test SMTP");
        string? from = null;
        var recipients = new List<string>();
        while (await reader.ReadLineAsync(stopping.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 localhost");
                    break;
                case "MAIL":
                    from = AddressIn(line);
                    await writer.WriteLineAsync("250 2.1.0 OK");
                    break;
                case "RCPT" when Behaviour == Mode.TemporaryFailure:
                    await writer.WriteLineAsync("451 4.3.0 Mailbox temporarily unavailable");
                    break;
                case "RCPT":
                    recipients.Add(AddressIn(line));
                    await writer.WriteLineAsync("250 2.1.5 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = await ReadDataAsync(reader);
                    Messages.Enqueue(new Received(from!, [.. recipients], MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(data)))));
                    if (stallAfter is { } limit && Interlocked.Increment(ref accepted) > limit)
                    {
                        Interlocked.Increment(ref stalled);
                        await Volatile.Read(ref stallReleased).Task.WaitAsync(stopping.Token);
                        Interlocked.Decrement(ref stalled);
                    }

                    await writer.WriteLineAsync("250 2.0.0 Queued");
                    break;
                case "RSET":
                    from = null;
                    recipients.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "NOOP":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 5.5.2 Command not implemented");
                    break;
            }
        }
    }

    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(stopping.Token) is { } line && line != ".")
        {
            // Dot-stuffing: a line of the message that starts with a dot was sent with a second one.
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    private static string AddressIn(string command)
    {
        var start = command.IndexOf('<', StringComparison.Ordinal);
        var end = command.IndexOf('>', StringComparison.Ordinal);
        return command[(start + 1)..end];
    }

    /// <summary>One message as the server got it: the envelope, and the message parsed.</summary>
    public sealed record Received(string From, IReadOnlyList<string> Recipients, MimeMessage Message);
}
