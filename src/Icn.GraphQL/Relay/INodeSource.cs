namespace Icn.GraphQL.Relay;

/// <summary>Finds nodes of one type by key, answering only those the caller may see.</summary>
public interface INodeSource
{
    string TypeName { get; }

    /// <param name="requestServices">The request's services, where a source finds the caller and its database.</param>
    Task<IReadOnlyDictionary<Guid, object>> LoadAsync(IReadOnlyCollection<Guid> keys, IServiceProvider requestServices, CancellationToken cancellationToken);
}
