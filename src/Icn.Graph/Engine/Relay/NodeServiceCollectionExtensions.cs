using System.Linq.Expressions;
using Icn.Domain.Common;
using Icn.Domain.Persistence;
using Icn.Graph.Access;
using Icn.GraphQL.Relay;

namespace Icn.Graph.Engine.Relay;

/// <summary>The network's node sources: rows of <see cref="IcnDbContext"/>, visible by the rules of the request's <see cref="Viewer"/>.</summary>
internal static class NodeServiceCollectionExtensions
{
    /// <summary>Registers how <c>node</c>/<c>nodes</c> find entities of one type, and who may see them.</summary>
    public static IServiceCollection AddNodeSource<T>(this IServiceCollection services, string typeName, Func<IQueryable<T>, Viewer, IQueryable<T>> visibleTo)
        where T : Entity =>
        services.AddNodeSource(typeName, row => row.Id, visibleTo);

    /// <summary>The same for rows that are not entities (staff accounts, website keys), found by <paramref name="key"/>.</summary>
    public static IServiceCollection AddNodeSource<T>(this IServiceCollection services, string typeName, Expression<Func<T, Guid>> key, Func<IQueryable<T>, Viewer, IQueryable<T>> visibleTo)
        where T : class =>
        services.AddNodeSource<IcnDbContext, Viewer, T>(typeName, key, visibleTo);
}
