using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Icn.Domain.Common;
using Icn.Domain.Sectors;
using Icn.Graph.Sectors;
using Icn.GraphQL.Filtering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Icn.GraphQL.Paging;

namespace Icn.Graph.Engine.Paging;

/// <summary>
/// The projection of a root list's page query, shaped by what the caller selects:
/// <c>row => new PageRow { Row = new T { columns… , Relation = new R { columns… } } }</c>.
/// Every mapped column is read except optional ones no selected field needs; selected to-one
/// relationships are read as nested objects and the sectors left-joined, all in one SQL command.
/// Unlike Include, such a projection lets EF Core materialise plain objects, with no fix-up of
/// navigations per row and no column that nothing reads (bodies, search vectors).
/// </summary>
internal sealed class RowProjection<T>
    where T : Entity
{
    private readonly ListDefinition<T> list;

    /// <summary>The selection paths that change the projection; a selection is keyed by which of them it holds.</summary>
    private readonly string[] options;

    private readonly ConcurrentDictionary<long, LambdaExpression> built = new();

    private static readonly Expression<Func<T, Sector?, SectorJoin<T>>> Joined = (row, sector) => new SectorJoin<T> { Row = row, Sector = sector };

    private static readonly Expression<Func<SectorJoin<T>, string>> SectorOrder = j => j.Sector!.Name;

    public RowProjection(ListDefinition<T> list)
    {
        this.list = list;
        options = [.. Options(list).Distinct()];
        if (options.Length > 63)
        {
            throw new InvalidOperationException($"The list of {typeof(T).Name} has more selection-dependent columns and relationships than a projection key holds.");
        }

        var sortKeys = list.Sort.Fields.Select(f => (f.Key.Body as MemberExpression)?.Member.Name).ToHashSet(StringComparer.Ordinal);
        if (list.OptionalColumns.FirstOrDefault(c => sortKeys.Contains(c.Member)) is { } sortKey)
        {
            throw new InvalidOperationException($"{typeof(T).Name}.{sortKey.Member} is a sort key, which cursors read: it cannot be an optional column of the list.");
        }

        if (options.FirstOrDefault(o => o.Count(c => c == '.') >= SelectionPaths.MaxDepth) is { } tooDeep)
        {
            throw new InvalidOperationException($"'{tooDeep}' is deeper under the nodes than the selection paths are read.");
        }
    }

    /// <summary>Whether the page query reads the rows' sectors for this selection; its rows then repeat once per sector.</summary>
    public bool ReadsSectors(IReadOnlySet<string> selected) => SectorsPreload<T>.Of(list) is not null && selected.Contains(SectorsPreload<T>.Field);

    /// <summary>
    /// The page's rows as the caller's selection paths under the nodes need them. With the sectors, a
    /// row comes once per sector (in <paramref name="inPageOrder"/>, then by the sector's name), or once
    /// with no sector. The projection is built once per distinct shape, so EF Core's query cache hits.
    /// </summary>
    public IQueryable<PageRow<T>> Read(
        IQueryable<T> page, IModel model, IReadOnlySet<string> selected, Func<IQueryable<SectorJoin<T>>, IOrderedQueryable<SectorJoin<T>>> inPageOrder)
    {
        var key = 0L;
        for (var i = 0; i < options.Length; i++)
        {
            if (selected.Contains(options[i]))
            {
                key |= 1L << i;
            }
        }

        var projection = built.GetOrAdd(key, static (key, state) => state.Self.Build(state.Model, state.Self.Selected(key)), (Self: this, Model: model));
        if (projection is Expression<Func<T, PageRow<T>>> rows)
        {
            return page.Select(rows);
        }

        return inPageOrder(page.SelectMany(SectorsPreload<T>.Of(list)!.JoinedRows, Joined)).ThenBy(SectorOrder).Select((Expression<Func<SectorJoin<T>, PageRow<T>>>)projection);
    }

    private HashSet<string> Selected(long key) =>
        [.. options.Where((_, i) => (key & (1L << i)) != 0)];

    /// <summary><c>row => new PageRow { Row = … }</c>, or with the sectors <c>joined => new PageRow { Row = … joined.Row …, Sector = … }</c>.</summary>
    private LambdaExpression Build(IModel model, HashSet<string> selected)
    {
        var entityType = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var rowProperty = typeof(PageRow<T>).GetProperty(nameof(PageRow<T>.Row))!;
        if (SectorsPreload<T>.Of(list) is null || !selected.Contains(SectorsPreload<T>.Field))
        {
            var row = Expression.Parameter(typeof(T), "row");
            var bindings = new List<MemberBinding> { Expression.Bind(rowProperty, Entity(entityType, row, list.OptionalColumns, list.References, "", selected)) };
            return Expression.Lambda<Func<T, PageRow<T>>>(Expression.MemberInit(Expression.New(typeof(PageRow<T>)), bindings), row);
        }

        var joined = Expression.Parameter(typeof(SectorJoin<T>), "joined");
        var source = Expression.Property(joined, nameof(SectorJoin<T>.Row));
        var sector = Expression.Property(joined, nameof(SectorJoin<T>.Sector));
        var sectorType = model.FindEntityType(typeof(Sector)) ?? throw new InvalidOperationException("Sector is not mapped.");
        var none = Expression.Constant(null, typeof(Sector));
        var joinedBindings = new List<MemberBinding>
        {
            Expression.Bind(rowProperty, Entity(entityType, source, list.OptionalColumns, list.References, "", selected)),
            Expression.Bind(
                typeof(PageRow<T>).GetProperty(nameof(PageRow<T>.Sector))!,
                Expression.Condition(Expression.Equal(sector, none), none, Expression.MemberInit(Expression.New(typeof(Sector)), Columns(sectorType, sector, [])))),
        };
        return Expression.Lambda<Func<SectorJoin<T>, PageRow<T>>>(Expression.MemberInit(Expression.New(typeof(PageRow<T>)), joinedBindings), joined);
    }

    /// <summary><c>new E { every mapped column but the unselected optional ones, owned parts likewise, selected relationships }</c>.</summary>
    private static MemberInitExpression Entity(
        IEntityType type, Expression source, IReadOnlyList<OptionalColumn> optionalColumns, IReadOnlyList<ReferencePreload> references, string prefix, HashSet<string> selected)
    {
        var skipped = Skipped(type, optionalColumns, prefix, selected);
        var bindings = Columns(type, source, skipped);
        foreach (var owned in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection && !skipped.Contains(n.Name)))
        {
            var property = Settable(owned.PropertyInfo, type, owned.Name);
            bindings.Add(Expression.Bind(property, Expression.MemberInit(Expression.New(owned.ClrType), Columns(owned.TargetEntityType, Expression.Property(source, property), [])))); 
        }

        foreach (var reference in references.Where(r => selected.Contains(prefix + r.Field)))
        {
            var navigation = type.FindNavigation(reference.Navigation) ?? throw new InvalidOperationException($"{type.DisplayName()} has no navigation '{reference.Navigation}'.");
            var property = Settable(navigation.PropertyInfo, type, navigation.Name);
            var related = Expression.Property(source, property);
            var loaded = Entity(navigation.TargetEntityType, related, reference.OptionalColumns, reference.Nested, prefix + reference.Field + ".", selected);
            // An optional relationship without a row stays null rather than an object of defaults.
            var none = Expression.Constant(null, navigation.ClrType);
            bindings.Add(Expression.Bind(property, Expression.Condition(Expression.Equal(related, none), none, loaded)));
        }

        return Expression.MemberInit(Expression.New(type.ClrType), bindings);
    }

    /// <summary>The optional members no selected field reads; a member the entity does not have is a mistake in the list's definition.</summary>
    private static HashSet<string> Skipped(IEntityType type, IReadOnlyList<OptionalColumn> optionalColumns, string prefix, HashSet<string> selected)
    {
        var unknown = optionalColumns.FirstOrDefault(c => type.FindProperty(c.Member) is null && type.FindNavigation(c.Member) is null);
        if (unknown is not null)
        {
            throw new InvalidOperationException($"{type.DisplayName()} has no property or owned part '{unknown.Member}' to leave out of a list's page query.");
        }

        return optionalColumns.Where(c => !c.Fields.Any(f => selected.Contains(prefix + f))).Select(c => c.Member).ToHashSet(StringComparer.Ordinal);
    }

    private static List<MemberBinding> Columns(IEntityType type, Expression source, HashSet<string> skipped) =>
        [.. type.GetProperties()
            .Where(p => !p.IsShadowProperty() && !skipped.Contains(p.Name))
            .Select(p =>
            {
                var property = Settable(p.PropertyInfo, type, p.Name);
                return (MemberBinding)Expression.Bind(property, Expression.Property(source, property));
            })];

    private static PropertyInfo Settable(PropertyInfo? property, IEntityType type, string name) =>
        property is { SetMethod: not null }
            ? property
            : throw new InvalidOperationException($"{type.DisplayName()}.{name} has no setter: a list's page query cannot project it.");

    /// <summary>Every selection path that changes the projection: large columns' fields, relationships and theirs, the sectors.</summary>
    private static IEnumerable<string> Options(ListDefinition<T> list)
    {
        foreach (var path in Options(list.OptionalColumns, list.References, ""))
        {
            yield return path;
        }

        if (SectorsPreload<T>.Of(list) is not null)
        {
            yield return SectorsPreload<T>.Field;
        }
    }

    private static IEnumerable<string> Options(IReadOnlyList<OptionalColumn> optionalColumns, IReadOnlyList<ReferencePreload> references, string prefix)
    {
        foreach (var field in optionalColumns.SelectMany(c => c.Fields))
        {
            yield return prefix + field;
        }

        foreach (var reference in references)
        {
            yield return prefix + reference.Field;
            foreach (var path in Options(reference.OptionalColumns, reference.Nested, prefix + reference.Field + "."))
            {
                yield return path;
            }
        }
    }
}
