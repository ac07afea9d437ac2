using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Icn.GraphQL.Relay;

public static class NodeServiceCollectionExtensions
{
    /// <summary>
    /// Registers how <c>node</c>/<c>nodes</c> find rows of one type by <paramref name="key"/> in a
    /// <typeparamref name="TContext"/>, and who may see them: <paramref name="visibleTo"/> gets the
    /// request's <typeparamref name="TCaller"/>.
    /// </summary>
    public static IServiceCollection AddNodeSource<TContext, TCaller, T>(
        this IServiceCollection services, string typeName, Expression<Func<T, Guid>> key, Func<IQueryable<T>, TCaller, IQueryable<T>> visibleTo)
        where TContext : DbContext
        where TCaller : notnull
        where T : class =>
        services.AddSingleton<INodeSource>(sp =>
            new EntityNodeSource<TContext, TCaller, T>(typeName, key, visibleTo, sp.GetRequiredService<IDbContextFactory<TContext>>()));
}
