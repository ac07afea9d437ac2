using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Icn.GraphQL.Filtering;
using Icn.GraphQL.Sorting;

namespace Icn.GraphQL.Paging;

/// <summary>
/// Keyset pagination: a page is "the next n rows after this row in this order", never an OFFSET,
/// so pages stay stable while rows are inserted and page 500 costs what page 1 costs.
/// </summary>
public static class Keyset
{
    private static readonly MethodInfo[] OrderMethods =
    [
        Method(nameof(Queryable.OrderBy)), Method(nameof(Queryable.OrderByDescending)),
        Method(nameof(Queryable.ThenBy)), Method(nameof(Queryable.ThenByDescending)),
    ];

    private static readonly ConcurrentDictionary<(int Method, Type Source, Type Key), MethodInfo> ClosedOrderMethods = new();

    /// <summary>A page's sort keys rewritten over a joined element (<see cref="InPageOrder"/>), by key and join: both are built once.</summary>
    private static readonly ConcurrentDictionary<(LambdaExpression Key, LambdaExpression RowOf), LambdaExpression> JoinedKeys = new();

    /// <summary>Orders <paramref name="source"/>, keeps the rows between the cursors and takes one more than the page.</summary>
    /// <param name="id">The row's unique key, the last tie-breaker; pass the same lambda instance every time, it keys caches.</param>
    public static IQueryable<T> Page<T>(IQueryable<T> source, SortOrder<T> order, PageArguments page, Expression<Func<T, Guid>> id)
    {
        var keys = KeysOf(order, id);
        var types = order.Keys.Select(k => k.Field.KeyType).ToList();
        if (page.After is not null)
        {
            var (values, key) = Cursor.Decode(page.After, order.Signature, types, "after");
            source = source.Where(Beyond<T>(keys, values, key, reverse: false));
        }

        if (page.Before is not null)
        {
            var (values, key) = Cursor.Decode(page.Before, order.Signature, types, "before");
            source = source.Where(Beyond<T>(keys, values, key, reverse: true));
        }

        for (var i = 0; i < keys.Count; i++)
        {
            source = OrderedBy(source, keys[i].Key, first: i == 0, descending: keys[i].Descending != page.FromEnd);
        }

        return source.Take(page.Size + 1);
    }

    /// <summary>
    /// Orders a query composed over a page (a join to the page's rows) as <see cref="Page{T}"/>
    /// orders the page itself: SQL keeps no order through a join.
    /// </summary>
    /// <param name="rowOf">The page's row within an element of <paramref name="source"/>.</param>
    /// <param name="id">The rows' unique key, as given to <see cref="Page{T}"/>.</param>
    public static IOrderedQueryable<TJoined> InPageOrder<T, TJoined>(IQueryable<TJoined> source, SortOrder<T> order, PageArguments page, Expression<Func<TJoined, T>> rowOf, Expression<Func<T, Guid>> id)
    {
        var keys = KeysOf(order, id);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = JoinedKeys.GetOrAdd((keys[i].Key, rowOf), static k => Expression.Lambda(ParameterReplacer.Apply(k.Key, k.RowOf.Body), k.RowOf.Parameters[0]));
            source = OrderedBy(source, key, first: i == 0, descending: keys[i].Descending != page.FromEnd);
        }

        return (IOrderedQueryable<TJoined>)source;
    }

    /// <summary>Turns the fetched rows (up to one more than the page) into the connection's edges and page info.</summary>
    /// <param name="idOf">The row's unique key, which its cursor carries.</param>
    public static Connection<T> ToConnection<T>(IReadOnlyList<T> fetched, SortOrder<T> order, PageArguments page, Func<CancellationToken, Task<int>> totalCount, Func<T, Guid> idOf)
        where T : notnull
    {
        var more = fetched.Count > page.Size;
        var rows = fetched.Take(page.Size).ToList();
        if (page.FromEnd)
        {
            rows.Reverse();
        }

        string CursorOf(T row) => Cursor.Encode(order.Signature, order.Keys.Select(k => k.Field.ValueOf(row)).ToList(), idOf(row));
        var edges = rows.ConvertAll(row => new Edge<T>(row, CursorOf));
        var pageInfo = new PageInfo(
            HasNextPage: page.FromEnd ? page.Before is not null : more,
            HasPreviousPage: page.FromEnd ? more : page.After is not null,
            First: edges.FirstOrDefault(),
            Last: edges.LastOrDefault());
        return new Connection<T>(edges, pageInfo, totalCount);
    }

    /// <summary>The requested keys, then the id in the direction of the last key.</summary>
    private static List<(LambdaExpression Key, bool Descending)> KeysOf<T>(SortOrder<T> order, Expression<Func<T, Guid>> id)
    {
        var keys = order.Keys.Select(k => (k.Field.Key, k.Descending)).ToList();
        keys.Add((id, keys.Count > 0 && keys[^1].Descending));
        return keys;
    }

    /// <summary>
    /// Rows strictly after (or, reversed, before) the cursor row: k1 beyond v1, or k1 = v1 and k2
    /// beyond v2, and so on. NULL sorts as the largest value, as PostgreSQL does. The first key is
    /// also bounded on its own, so PostgreSQL can start an index scan at the cursor.
    /// </summary>
    private static Expression<Func<T, bool>> Beyond<T>(List<(LambdaExpression Key, bool Descending)> keys, object?[] values, Guid id, bool reverse)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var allValues = values.Append(id).ToArray();
        Expression? condition = null;
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var key = ParameterReplacer.Apply(keys[i].Key, row);
            var descending = keys[i].Descending != reverse;
            var strictly = Strictly(key, allValues[i], descending);
            condition = condition is null ? strictly : Expression.OrElse(strictly, Expression.AndAlso(Equal(key, allValues[i]), condition));
        }

        var first = ParameterReplacer.Apply(keys[0].Key, row);
        var bound = Expression.OrElse(Strictly(first, allValues[0], keys[0].Descending != reverse), Equal(first, allValues[0]));
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(bound, condition!), row);
    }

    private static Expression Strictly(Expression key, object? value, bool descending)
    {
        var nullable = !key.Type.IsValueType || Nullable.GetUnderlyingType(key.Type) is not null;
        if (value is null)
        {
            // Nothing is larger than NULL ascending; descending, every non-NULL value comes after it.
            return descending && nullable ? Expression.NotEqual(key, Expression.Constant(null, key.Type)) : Expression.Constant(false);
        }

        var operand = Operand(key, value);
        var compared = descending ? LessThan(key, operand) : GreaterThan(key, operand);
        return !descending && nullable ? Expression.OrElse(compared, Expression.Equal(key, Expression.Constant(null, key.Type))) : compared;
    }

    private static Expression Equal(Expression key, object? value) =>
        value is null ? Expression.Equal(key, Expression.Constant(null, key.Type)) : Expression.Equal(key, Operand(key, value));

    private static Expression Operand(Expression key, object value) => QueryParameter.Of(value, key.Type);

    private static Expression GreaterThan(Expression key, Expression operand) =>
        key.Type == typeof(string) ? Expression.GreaterThan(Compare(key, operand), Expression.Constant(0)) : Expression.GreaterThan(key, operand);

    private static Expression LessThan(Expression key, Expression operand) =>
        key.Type == typeof(string) ? Expression.LessThan(Compare(key, operand), Expression.Constant(0)) : Expression.LessThan(key, operand);

    /// <summary>string.Compare, which EF Core translates to the column's own comparison.</summary>
    private static MethodCallExpression Compare(Expression key, Expression operand) =>
        Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, key, operand);

    /// <summary>
    /// <c>OrderBy</c>, <c>ThenBy</c> or their descending twins of <paramref name="key"/>, composed as
    /// Queryable composes them: the generic method is closed once per element and key type, never
    /// through reflection per request.
    /// </summary>
    private static IQueryable<TSource> OrderedBy<TSource>(IQueryable<TSource> source, LambdaExpression key, bool first, bool descending)
    {
        var method = ClosedOrderMethods.GetOrAdd(
            ((first ? 0 : 2) + (descending ? 1 : 0), typeof(TSource), key.ReturnType),
            static k => OrderMethods[k.Method].MakeGenericMethod(k.Source, k.Key));
        return source.Provider.CreateQuery<TSource>(Expression.Call(null, method, source.Expression, Expression.Quote(key)));
    }

    private static MethodInfo Method(string name) =>
        typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2);
}
