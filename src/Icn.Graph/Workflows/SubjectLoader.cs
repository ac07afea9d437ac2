using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;

namespace Icn.Graph.Workflows;

/// <summary>
/// The Nodes that tasks and instances are about, from their global ids, batched per type through
/// the same node sources as <c>node(id)</c>: one query per type, and only what the caller may see.
/// </summary>
internal sealed class SubjectLoader
{
    public SubjectLoader(IEnumerable<INodeSource> sources, IServiceProvider requestServices)
    {
        var byType = sources.ToDictionary(s => s.TypeName, StringComparer.Ordinal);
        Load = new BatchLoader<string, object?>(async (keys, cancellationToken) =>
        {
            var found = new Dictionary<string, object?>(StringComparer.Ordinal);
            var ids = keys.Select(key => (Key: key, Ok: GlobalId.TryDecode(key, out var id), Id: id)).Where(k => k.Ok && byType.ContainsKey(k.Id.TypeName));
            foreach (var group in ids.GroupBy(k => k.Id.TypeName))
            {
                var rows = await byType[group.Key].LoadAsync([.. group.Select(k => k.Id.Key).Distinct()], requestServices, cancellationToken);
                foreach (var (key, _, id) in group)
                {
                    found[key] = rows.GetValueOrDefault(id.Key);
                }
            }

            return found;
        }, null);
    }

    public BatchLoader<string, object?> Load { get; }
}
