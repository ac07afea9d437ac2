using System.Collections.Concurrent;
using System.Diagnostics;

namespace Icn.Graph.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands Npgsql sends to one database, from Npgsql's own activities (one per
/// command), so a test can show how many round trips a request costs and what they said.
/// </summary>
public sealed class SqlCommandCounter : IDisposable
{
    private readonly ActivityListener listener;
    private readonly ConcurrentQueue<string> texts = new();
    private int count;

    public SqlCommandCounter(string database)
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                var target = activity.GetTagItem("db.namespace") ?? activity.GetTagItem("db.name");
                var text = (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) as string;
                if (text is not null && Equals(target, database))
                {
                    Interlocked.Increment(ref count);
                    texts.Enqueue(text);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public int Count => Volatile.Read(ref count);

    /// <summary>The commands' SQL as Npgsql sent it, in the order they ended.</summary>
    public IReadOnlyCollection<string> Texts => texts;

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        texts.Clear();
    }

    public void Dispose() => listener.Dispose();
}
