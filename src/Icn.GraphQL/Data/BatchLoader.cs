using GraphQL.DataLoader;

namespace Icn.GraphQL.Data;

/// <summary>
/// A request-scoped DataLoader: resolvers ask for keys one at a time, and the first one whose
/// value is awaited fetches every key queued so far in one SQL round trip. GraphQL.NET's execution
/// strategies collect all <see cref="IDataLoaderResult"/>s of a level before awaiting any, so a page
/// of 100 rows costs one query per relationship, as a page of 1 does.
/// </summary>
/// <param name="fetch">Loads the values of many keys; a key missing from the answer gets <paramref name="missing"/>.</param>
/// <param name="missing">The value of a key the fetch did not return (null, or an empty list).</param>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly HashSet<TKey> queued = [];
    private readonly Dictionary<TKey, Task> inFlight = [];
    private readonly Dictionary<TKey, TValue> loaded = [];

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (gate)
        {
            if (!loaded.ContainsKey(key) && !inFlight.ContainsKey(key))
            {
                queued.Add(key);
            }
        }

        return new Pending(this, key);
    }

    /// <summary>
    /// <see cref="Load"/>, except that a value already known (primed or fetched) is answered as it is:
    /// GraphQL.NET then completes the field at once, without a pending result to collect and await.
    /// </summary>
    public object? LoadOrKnown(TKey key)
    {
        lock (gate)
        {
            if (loaded.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        return Load(key);
    }

    /// <summary>
    /// Stores a value already fetched another way (a join into the parent's query), so a later
    /// <see cref="Load"/> of the key costs no query. A value already loaded is kept.
    /// </summary>
    public void Prime(TKey key, TValue value)
    {
        lock (gate)
        {
            loaded.TryAdd(key, value);
            queued.Remove(key);
        }
    }

    private async Task<TValue> ResolveAsync(TKey key, CancellationToken cancellationToken)
    {
        Task batch;
        lock (gate)
        {
            if (loaded.TryGetValue(key, out var known))
            {
                return known;
            }

            if (!inFlight.TryGetValue(key, out batch!))
            {
                queued.Add(key);
                var keys = queued.ToArray();
                queued.Clear();
                batch = FetchAsync(keys, cancellationToken);
                foreach (var k in keys)
                {
                    inFlight[k] = batch;
                }
            }
        }

        await batch;
        lock (gate)
        {
            return loaded.TryGetValue(key, out var value) ? value : missing;
        }
    }

    private async Task FetchAsync(TKey[] keys, CancellationToken cancellationToken)
    {
        // Yield first so the batch is registered for all its keys before any result is stored.
        await Task.Yield();
        var values = await fetch(keys, cancellationToken);
        lock (gate)
        {
            foreach (var key in keys)
            {
                // A value primed while the batch was in flight is kept.
                loaded.TryAdd(key, values.TryGetValue(key, out var value) ? value : missing);
                inFlight.Remove(key);
            }
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) =>
            loader.ResolveAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
