using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Icn.GraphQL.Sorting;

namespace Icn.GraphQL.Paging;

/// <summary>A connection field's arguments, read and checked: the page, the filter and the order.</summary>
public sealed record ListArguments<T>(PageArguments Page, Expression<Func<T, bool>>? Predicate, SortOrder<T> Order, bool CountSelected)
{
    /// <summary>The rows that match the <c>where</c> argument.</summary>
    public IQueryable<T> Filter(IQueryable<T> rows) => Predicate is null ? rows : rows.Where(Predicate);

    public static void AddTo(FieldType field, ListDefinition<T> list)
    {
        PageArguments.AddTo(field);
        field.Arguments!.Add(new QueryArgument(list.FilterGraphType) { Name = "where", Description = "Only the items that match this filter." });
        field.Arguments.Add(new QueryArgument(typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(list.SortGraphType)))
        {
            Name = "order",
            Description = $"The order of the items, one field per entry; by default {list.DefaultOrderText}. The id breaks ties last.",
        });
    }

    public static ListArguments<T> From(IResolveFieldContext context, ListDefinition<T> list) =>
        new(
            PageArguments.From(context),
            list.Filter.ToPredicate(context.GetArgument<Dictionary<string, object?>?>("where")),
            SortOrder<T>.From(list.Sort, context.GetArgument<List<object?>?>("order"), list.DefaultOrder),
            context.SubFields?.Values.Any(f => f.FieldType.Name == "totalCount") == true);

    /// <summary>A key that is equal for two field occurrences with the same arguments, so they can share one batch.</summary>
    public string BatchKey(IResolveFieldContext context) =>
        $"{context.ParentType.Name}.{context.FieldDefinition.Name}|{CountSelected}|{System.Text.Json.JsonSerializer.Serialize(context.Arguments?.ToDictionary(a => a.Key, a => a.Value.Value))}";
}
