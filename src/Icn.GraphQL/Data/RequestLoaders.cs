using GraphQL;

namespace Icn.GraphQL.Data;

/// <summary>
/// The request's loader holders (the areas' <c>…DataLoaders</c> classes), each taken
/// from the request's service scope once and then read without a lock. Relation fields ask for their
/// loader once per row; the scope answers each such call under its lock, which the concurrent
/// requests' resolvers made a visible cost of every listing.
/// </summary>
public sealed class RequestLoaders(IServiceProvider services)
{
    /// <summary>Where an execution keeps its <see cref="RequestLoaders"/> (see <see cref="RequestLoadersExecution"/>).</summary>
    public const string UserContextKey = "icn.loaders";

    private const int Capacity = 16;

    private static int slotsTaken;

    private readonly object?[] slots = new object?[Capacity];

    /// <summary>The request's <typeparamref name="T"/>, the same instance the scope gives.</summary>
    public T Get<T>()
        where T : class
    {
        var index = Slot<T>.Index;
        if (index >= Capacity)
        {
            return services.GetRequiredService<T>();
        }

        // Two threads that race here both get the scope's one instance: no lock needed.
        return (T)(Volatile.Read(ref slots[index]) ?? (slots[index] = services.GetRequiredService<T>()));
    }

    /// <summary>The loaders of the execution that runs <paramref name="context"/>.</summary>
    public static RequestLoaders Of(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(UserContextKey, out var loaders) && loaders is RequestLoaders known
            ? known
            : context.RequestServices!.GetRequiredService<RequestLoaders>();

    private static class Slot<T>
    {
        public static readonly int Index = Interlocked.Increment(ref slotsTaken) - 1;
    }
}
