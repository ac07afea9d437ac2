using System.Linq.Expressions;

namespace Icn.GraphQL.Sorting;

/// <summary>
/// An entity's orders, declared once: the <c>XSort</c> input (one field per entry) and the keys the
/// keyset pager sorts and pages by. The id is always the last tie-breaker.
/// </summary>
public sealed class SortDefinition<T>(string typeName, string description)
{
    private readonly List<SortField<T>> fields = [];

    public string TypeName => typeName;

    public string Description => description;

    public IReadOnlyList<SortField<T>> Fields => fields;

    public SortDefinition<T> Add<TKey>(string name, string description, Expression<Func<T, TKey>> key)
    {
        var boxed = Expression.Lambda<Func<T, object?>>(Expression.Convert(key.Body, typeof(object)), key.Parameters);
        fields.Add(new SortField<T>(name, description, key, boxed.Compile()));
        return this;
    }

    public SortField<T> this[string name] => fields.Single(f => f.Name == name);
}

/// <summary>One sortable field: its key as an expression for SQL and compiled for writing cursors.</summary>
public sealed record SortField<T>(string Name, string Description, LambdaExpression Key, Func<T, object?> Read)
{
    public Type KeyType => Key.ReturnType;

    /// <summary>The row's key value, for its cursor (compiled once, not invoked by reflection per row).</summary>
    public object? ValueOf(T row) => Read(row);
}
