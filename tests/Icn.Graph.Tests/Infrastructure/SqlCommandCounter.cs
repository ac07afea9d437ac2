using System.Diagnostics;

namespace Icn.Graph.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands Npgsql sends to one database, from Npgsql's own activities (one per
/// command), so a test can show how many round trips a request costs.
/// </summary>
public sealed class SqlCommandCounter : IDisposable
{
    private readonly ActivityListener listener;
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
                var isCommand = activity.GetTagItem("db.query.text") is not null || activity.GetTagItem("db.statement") is not null;
                if (isCommand && Equals(target, database))
                {
                    Interlocked.Increment(ref count);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public int Count => Volatile.Read(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);

    public void Dispose() => listener.Dispose();
}
