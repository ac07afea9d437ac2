using System.Linq.Expressions;
using GraphQL.Types;

namespace Icn.GraphQL.Filtering;

/// <summary>The vocabulary of filter declarations: one method per kind of field, so each entity's filter reads like its schema.</summary>
public static class FilterFields
{
    /// <summary>The <c>id: IdFilter</c> field: global ids of the row's own type only.</summary>
    public static FilterDefinition<T> Id<T>(this FilterDefinition<T> filter, string typeName)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return filter.Add(new KeyFilterField("id", $"Matches the {typeName}'s global id.", typeName, Expression.Lambda(Expression.Property(row, "Id"), row)));
    }

    public static FilterDefinition<T> String<T>(this FilterDefinition<T> filter, string name, string description, Expression<Func<T, string?>> property) =>
        filter.Add(new ScalarFilterField(name, description, typeof(StringFilterGraphType), property));

    public static FilterDefinition<T> Boolean<T>(this FilterDefinition<T> filter, string name, string description, Expression<Func<T, bool>> property) =>
        filter.Add(new ScalarFilterField(name, description, typeof(BooleanFilterGraphType), property));

    /// <summary>A reference by key (e.g. <c>authorId</c>) taking global ids of <paramref name="typeName"/>; any type's, or a raw UUID, when null.</summary>
    public static FilterDefinition<T> Key<T, TKey>(this FilterDefinition<T> filter, string name, string description, string? typeName, Expression<Func<T, TKey>> property) =>
        filter.Add(new KeyFilterField(name, description, typeName, property));

    public static FilterDefinition<T> Int<T, TValue>(this FilterDefinition<T> filter, string name, string description, Expression<Func<T, TValue>> property) =>
        filter.Add(new ScalarFilterField(name, description, typeof(IntFilterGraphType), property));

    public static FilterDefinition<T> DateTime<T, TValue>(this FilterDefinition<T> filter, string name, string description, Expression<Func<T, TValue>> property) =>
        filter.Add(new ScalarFilterField(name, description, typeof(DateTimeFilterGraphType), property, AsUtc));

    public static FilterDefinition<T> Date<T, TValue>(this FilterDefinition<T> filter, string name, string description, Expression<Func<T, TValue>> property) =>
        filter.Add(new ScalarFilterField(name, description, typeof(DateFilterGraphType), property));

    public static FilterDefinition<T> Enum<T, TEnumGraphType, TValue>(this FilterDefinition<T> filter, string name, string description, Expression<Func<T, TValue>> property)
        where TEnumGraphType : EnumerationGraphType =>
        filter.Add(new ScalarFilterField(name, description, typeof(EnumFilterGraphType<TEnumGraphType>), property));

    public static FilterDefinition<T> Relation<T, TRelated, TRelatedFilterGraphType>(
        this FilterDefinition<T> filter, string name, string description, Expression<Func<T, TRelated?>> navigation, Func<FilterDefinition<TRelated>> related)
        where TRelatedFilterGraphType : InputObjectGraphType =>
        filter.Add(new RelationFilterField<TRelated>(name, description, typeof(TRelatedFilterGraphType), navigation, related));

    public static FilterDefinition<T> Collection<T, TItem, TItemFilterGraphType>(
        this FilterDefinition<T> filter, string name, string description, Expression<Func<T, IEnumerable<TItem>>> collection, Func<FilterDefinition<TItem>> itemFilter)
        where TItemFilterGraphType : InputObjectGraphType =>
        filter.Add(new CollectionFilterField<TItem>(name, description, typeof(ListFilterGraphType<TItemFilterGraphType>), collection, itemFilter));

    /// <summary>timestamptz takes UTC only; an input with another offset names the same instant in UTC.</summary>
    private static object AsUtc(object value) => value switch
    {
        System.DateTime { Kind: DateTimeKind.Utc } utc => utc,
        System.DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        System.DateTime unspecified => System.DateTime.SpecifyKind(unspecified, DateTimeKind.Utc),
        DateTimeOffset offset => offset.UtcDateTime,
        _ => value,
    };
}
