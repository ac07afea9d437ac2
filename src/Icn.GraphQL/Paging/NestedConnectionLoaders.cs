using System.Collections.Concurrent;
using Icn.GraphQL.Data;

namespace Icn.GraphQL.Paging;

/// <summary>
/// The request's batch loaders of nested lists, one per field and argument set: every
/// <c>comments(first: 5)</c> under the posts of one page shares a loader, and so one SQL command.
/// </summary>
public sealed class NestedConnectionLoaders
{
    private readonly ConcurrentDictionary<string, BatchLoader<Guid, IConnection>> loaders = new();

    public BatchLoader<Guid, IConnection> For(string key, Func<BatchLoader<Guid, IConnection>> create) =>
        loaders.GetOrAdd(key, _ => create());
}
