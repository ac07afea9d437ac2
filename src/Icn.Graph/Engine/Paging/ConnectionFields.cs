using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Icn.Domain.Common;
using Icn.Domain.Persistence;
using Icn.Domain.Sectors;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Data;
using Icn.Graph.Sectors;
using Icn.GraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Icn.GraphQL.Paging;

namespace Icn.Graph.Engine.Paging;

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
        return parent.AddConnectionField<TNodeGraphType, T>(name, description, list, async (context, arguments) =>
            {
                IQueryable<T> Filtered(IcnDbContext db, Viewer viewer) => arguments.Filter(visibleRows(db, viewer));

                var selected = SelectionPaths.UnderNodes(context);
                var fetched = await context.QueryAsync((db, viewer, cancellationToken) =>
                    ShapedQueries.ListAsync(
                        projection.Read(
                            Keyset.Page(Filtered(db, viewer), arguments.Order, arguments.Page, EntityKey<T>.Id),
                            db.Model,
                            selected,
                            joined => Keyset.InPageOrder(joined, arguments.Order, arguments.Page, SectorJoin<T>.RowOf, EntityKey<T>.Id)),
                        db,
                        cancellationToken));
                var services = context.RequestServices!;
                var rows = projection.ReadsSectors(selected) ? WithSectors(fetched, SectorsPreload<T>.Of(list)!, RequestLoaders.Of(context)) : fetched.ConvertAll(row => row.Row);

                return Keyset.ToConnection(rows, arguments.Order, arguments.Page, cancellationToken =>
                    services.QueryAsync((db, viewer, token) => Filtered(db, viewer).CountAsync(token), cancellationToken), EntityKey<T>.IdOf);
            });
    }

    /// <summary>
    /// Folds the page query's rows, which repeat once per sector, into one row each, and hands each
    /// row's sectors (in the order read) to the <c>sectors</c> field's loader.
    /// </summary>
    private static List<T> WithSectors<T>(List<PageRow<T>> fetched, SectorsPreload<T> sectors, RequestLoaders loaders)
        where T : Entity
    {
        var rows = new List<T>();
        List<Sector>? current = null;
        foreach (var row in fetched)
        {
            if (current is null || rows[^1].Id != row.Row.Id)
            {
                if (current is not null)
                {
                    sectors.Prime(loaders, rows[^1].Id, current);
                }

                rows.Add(row.Row);
                current = [];
            }

            if (row.Sector is { } sector)
            {
                current.Add(sector);
            }
        }

        if (current is not null)
        {
            sectors.Prime(loaders, rows[^1].Id, current);
        }

        return rows;
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
        return parent.AddConnectionField<TNodeGraphType, T>(name, description, list, async (context, arguments) =>
            {
                IQueryable<T> Filtered(IcnDbContext db, Viewer viewer) => arguments.Filter(visibleRows(db, viewer));

                // These lists are small and administrative: whole rows, no projection or preloads.
                var rows = await context.QueryAsync((db, viewer, cancellationToken) =>
                    Keyset.Page(Filtered(db, viewer), arguments.Order, arguments.Page, key).ToListAsync(cancellationToken));
                var services = context.RequestServices!;

                return Keyset.ToConnection(rows, arguments.Order, arguments.Page, cancellationToken =>
                    services.QueryAsync((db, viewer, token) => Filtered(db, viewer).CountAsync(token), cancellationToken), keyOf);
            });
    }

    /// <summary>The field both kinds of list share: its connection type, its list arguments, and a resolver that pages.</summary>
    private static FieldType AddConnectionField<TNodeGraphType, T>(
        this IComplexGraphType parent, string name, string description, ListDefinition<T> list, Func<IResolveFieldContext, ListArguments<T>, Task<object>> page)
        where TNodeGraphType : IGraphType
    {
        var field = new FieldType
        {
            Name = name,
            Description = description,
            Type = typeof(NonNullGraphType<ConnectionGraphType<TNodeGraphType>>),
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<object>(async context => await page(context, ListArguments<T>.From(context, list))),
        };
        ListArguments<T>.AddTo(field, list);
        parent.AddField(field);
        return field;
    }
}
