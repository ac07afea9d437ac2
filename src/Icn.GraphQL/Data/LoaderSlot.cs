namespace Icn.GraphQL.Data;

/// <summary>
/// A loader of a request's holder created on its first use: a holder with many loaders (every kind
/// of owner's tags, say) would otherwise build them all, expression trees included, for each request
/// that reads one of them.
/// </summary>
public static class LoaderSlot
{
    /// <summary>The loader in <paramref name="slot"/>, created by <paramref name="create"/> the first time; concurrent first uses get the same one.</summary>
    public static TLoader Get<TLoader, TState>(ref TLoader? slot, TState state, Func<TState, TLoader> create)
        where TLoader : class =>
        Volatile.Read(ref slot) ?? Interlocked.CompareExchange(ref slot, create(state), null) ?? slot!;
}
