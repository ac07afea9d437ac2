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
        where T : Entity
    {
        var projection = new RowProjection<T>(list);
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
                var fetched = await context.QueryAsync((db, viewer, cancellationToken) =>
                    Keyset.Page(Filtered(db, viewer), arguments.Order, arguments.Page)
                        .Select(projection.For(db.Model, selected))
                        .ToListAsync(cancellationToken));
                var services = context.RequestServices!;
                var rows = new List<T>(fetched.Count);
                foreach (var row in fetched)
                {
                    if (row.Sectors is { } sectors)
                    {
                        list.Sectors!.Prime(services, row.Row.Id, sectors);
                    }

                    rows.Add(row.Row);
                }

                return Keyset.ToConnection(rows, arguments.Order, arguments.Page, cancellationToken =>
                    services.QueryAsync((db, viewer, token) => Filtered(db, viewer).CountAsync(token), cancellationToken));
            }),
        };
        ListArguments<T>.AddTo(field, list);
        parent.AddField(field);
        return field;
    }

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

                // These lists are small and administrative: whole rows, no projection or preloads.
                var rows = await context.QueryAsync((db, viewer, cancellationToken) =>
                    Keyset.Page(Filtered(db, viewer), arguments.Order, arguments.Page, key).ToListAsync(cancellationToken));
                var services = context.RequestServices!;

                return Keyset.ToConnection(rows, arguments.Order, arguments.Page, cancellationToken =>
                    services.QueryAsync((db, viewer, token) => Filtered(db, viewer).CountAsync(token), cancellationToken), keyOf);
            }),
        };
        ListArguments<T>.AddTo(field, list);
        parent.AddField(field);
        return field;
    }
}
