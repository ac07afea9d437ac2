using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Icn.Graph.Tests.Infrastructure;

/// <summary>
/// Counts the database connections EF Core opens on one database (taken from the pool or new),
/// from EF Core's own diagnostic events, so a test can show that something costs no connection at all.
/// </summary>
public sealed class ConnectionOpenCounter : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly string database;
    private readonly IDisposable allListeners;
    private readonly List<IDisposable> subscriptions = [];
    private int count;

    public ConnectionOpenCounter(string database)
    {
        this.database = database;
        allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref count);

    public void Dispose()
    {
        allListeners.Dispose();
        lock (subscriptions)
        {
            subscriptions.ForEach(subscription => subscription.Dispose());
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.ConnectionOpened.Name && value.Value is ConnectionEndEventData opened && opened.Connection.Database == database)
        {
            Interlocked.Increment(ref count);
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
