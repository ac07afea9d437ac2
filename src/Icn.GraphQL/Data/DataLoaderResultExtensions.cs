using GraphQL.DataLoader;

namespace Icn.GraphQL.Data;

public static class DataLoaderResultExtensions
{
    /// <summary>
    /// Maps a pending batched value without awaiting it in the resolver: awaiting there would fetch
    /// each row's value on its own instead of in the level's batch.
    /// </summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> pending, Func<T, TResult> map) => new Mapped<T, TResult>(pending, map);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> pending, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => map(await pending.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
