using Icn.Graph.Access;
using Icn.Graph.Authorization;

namespace Icn.Graph.Relay;

/// <summary>Finds nodes of one type by key, answering only those the viewer may see.</summary>
internal interface INodeSource
{
    string TypeName { get; }

    Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> keys, Viewer viewer, CancellationToken cancellationToken);
}
