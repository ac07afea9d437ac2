using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Types;
using Icn.Domain.Common;
using Icn.Domain.Persistence;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.GraphQL.Filtering;
using Microsoft.EntityFrameworkCore;
using Icn.GraphQL.Paging;

namespace Icn.Graph.Engine.Paging;

/// <summary>
/// Adds a list field on an entity, such as <c>Cluster.members</c>: a connection per parent, all
/// parents of a level fetched in one SQL command — each parent's page is a correlated, ordered,
/// limited subquery (PostgreSQL runs it as a window over the parents), with its count beside it
/// when <c>totalCount</c> is selected.
/// </summary>
internal static class NestedConnectionFields
{
    public static FieldType AddNestedConnection<TParent, TNodeGraphType, T>(
        this ComplexGraphType<TParent> parent,
        string name,
        string description,
        ListDefinition<T> list,
        Expression<Func<T, Guid>> parentKey,
        Func<IcnDbContext, Viewer, IQueryable<T>> visibleRows)
        where TParent : Entity
        where TNodeGraphType : IGraphType
        where T : Entity
    {
        var field = new FieldType
        {
            Name = name,
            Description = description,
            Type = typeof(NonNullGraphType<ConnectionGraphType<TNodeGraphType>>),
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<TParent, object>(context =>
            {
                var arguments = ListArguments<T>.From(context, list);
                var services = context.RequestServices!;
                var loader = context.Loaders<NestedConnectionLoaders>().For(arguments.BatchKey(context), () => new BatchLoader<Guid, IConnection>(
                    (parentIds, cancellationToken) => LoadAsync<TParent, T>(services, parentIds, arguments, parentKey, visibleRows, cancellationToken),
                    Keyset.ToConnection<T>([], arguments.Order, arguments.Page, _ => Task.FromResult(0), EntityKey<T>.IdOf)));
                return loader.Load(context.Source.Id);
            }),
        };
        ListArguments<T>.AddTo(field, list);
        parent.AddField(field);
        return field;
    }

    private static async Task<IReadOnlyDictionary<Guid, IConnection>> LoadAsync<TParent, T>(
        IServiceProvider services,
        IReadOnlyCollection<Guid> parentIds,
        ListArguments<T> arguments,
        Expression<Func<T, Guid>> parentKey,
        Func<IcnDbContext, Viewer, IQueryable<T>> visibleRows,
        CancellationToken cancellationToken)
        where TParent : Entity
        where T : Entity
    {
        var pages = await services.QueryAsync(
            (db, viewer, token) => PagesPerParent<TParent, T>(db, arguments.Filter(visibleRows(db, viewer)), parentIds.ToArray(), parentKey, arguments).ToListAsync(token),
            cancellationToken);

        return pages.ToDictionary(
            page => page.ParentId,
            page => (IConnection)Keyset.ToConnection(page.Rows, arguments.Order, arguments.Page, _ => Task.FromResult(page.Count), EntityKey<T>.IdOf));
    }

    /// <summary>
    /// <c>parents.Select(p => new ParentPage { ParentId = p.Id, Rows = page of rows where key = p.Id, Count = … })</c>,
    /// built as an expression because the page's shape (filter, order, cursors) is only known at run time.
    /// </summary>
    private static IQueryable<ParentPage<T>> PagesPerParent<TParent, T>(IcnDbContext db, IQueryable<T> rows, Guid[] parentIds, Expression<Func<T, Guid>> parentKey, ListArguments<T> arguments)
        where TParent : Entity
        where T : Entity
    {
        var parent = Expression.Parameter(typeof(TParent), "parent");
        var parentId = Expression.Property(parent, nameof(Entity.Id));
        var row = Expression.Parameter(typeof(T), "row");
        var ofParent = Expression.Lambda<Func<T, bool>>(Expression.Equal(ParameterReplacer.Apply(parentKey, row), parentId), row);

        var page = Keyset.Page(rows.Where(ofParent), arguments.Order, arguments.Page, EntityKey<T>.Id);
        var count = arguments.CountSelected
            ? (Expression)Expression.Call(QueryableCount.MakeGenericMethod(typeof(T)), rows.Where(ofParent).Expression)
            : Expression.Constant(0);
        var body = Expression.MemberInit(
            Expression.New(typeof(ParentPage<T>)),
            Expression.Bind(typeof(ParentPage<T>).GetProperty(nameof(ParentPage<T>.ParentId))!, parentId),
            Expression.Bind(typeof(ParentPage<T>).GetProperty(nameof(ParentPage<T>.Rows))!, Expression.Call(ToList.MakeGenericMethod(typeof(T)), page.Expression)),
            Expression.Bind(typeof(ParentPage<T>).GetProperty(nameof(ParentPage<T>.Count))!, count));

        return db.Set<TParent>().Where(p => parentIds.Contains(p.Id)).Select(Expression.Lambda<Func<TParent, ParentPage<T>>>(body, parent));
    }

    private static readonly MethodInfo QueryableCount = typeof(Queryable).GetMethods().Single(m => m.Name == nameof(Queryable.Count) && m.GetParameters().Length == 1);

    private static readonly MethodInfo ToList = typeof(Enumerable).GetMethod(nameof(Enumerable.ToList))!;
}
