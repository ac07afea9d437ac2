using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Icn.Domain.Common;
using Icn.Domain.Persistence;
using Icn.Graph.Access;
using Icn.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Paging;

/// <summary>Adds a root list field: a Relay connection over the rows a viewer may see, filtered, ordered and paged in SQL.</summary>
internal static class ConnectionFields
{
    public static FieldType AddConnection<TNodeGraphType, T>(
        this IComplexGraphType parent,
        string name,
        string description,
        ListDefinition<T> list,
        Func<IcnDbContext, Viewer, IQueryable<T>> visibleRows)
        where TNodeGraphType : IGraphType
        where T : Entity =>
        parent.AddConnection<TNodeGraphType, T>(name, description, list, visibleRows, row => row.Id);

    /// <summary>The same for rows that are not entities (staff accounts, website keys, audit entries), paged by their <paramref name="key"/>.</summary>
    public static FieldType AddConnection<TNodeGraphType, T>(
        this IComplexGraphType parent,
        string name,
        string description,
        ListDefinition<T> list,
        Func<IcnDbContext, Viewer, IQueryable<T>> visibleRows,
        Expression<Func<T, Guid>> key)
        where TNodeGraphType : IGraphType
        where T : class
    {
        var keyOf = key.Compile();
        var field = new FieldType
        {
            Name = name,
            Description = description,
            Type = typeof(NonNullGraphType<ConnectionGraphType<TNodeGraphType>>),
            Resolver = new GraphQL.Resolvers.FuncFieldResolver<object>(async context =>
            {
                var arguments = ListArguments<T>.From(context, list);
                IQueryable<T> Filtered(IcnDbContext db, Viewer viewer) => arguments.Filter(visibleRows(db, viewer));

                var selected = SelectionPaths.UnderNodes(context);
                var preloads = list.Preloads.Where(p => selected.Contains(p.Path)).ToList();
                var rows = await context.QueryAsync((db, viewer, cancellationToken) =>
                    preloads.Aggregate(Keyset.Page(Filtered(db, viewer), arguments.Order, arguments.Page, key), (query, preload) => preload.Include(query))
                        .ToListAsync(cancellationToken));
                var services = context.RequestServices!;
                foreach (var preload in preloads)
                {
                    foreach (var row in rows)
                    {
                        preload.Prime(services, row);
                    }
                }

                return Keyset.ToConnection(rows, arguments.Order, arguments.Page, cancellationToken =>
                    services.QueryAsync((db, viewer, token) => Filtered(db, viewer).CountAsync(token), cancellationToken), keyOf);
            }),
        };
        ListArguments<T>.AddTo(field, list);
        parent.AddField(field);
        return field;
    }
}
