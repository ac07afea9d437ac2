using System.Linq.Expressions;
using System.Reflection;

namespace Icn.GraphQL.Filtering;

/// <summary>A collection filtered through <c>some</c>, <c>all</c> or <c>none</c> of its items matching their own filter.</summary>
internal sealed class CollectionFilterField<TItem>(string name, string description, Type graphType, LambdaExpression collection, Func<FilterDefinition<TItem>> itemFilter)
    : IFilterField
{
    private static readonly MethodInfo AnyWithPredicate = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(TItem));

    private static readonly MethodInfo AllWithPredicate = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.All) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(TItem));

    public string Name => name;

    public string Description => description;

    public Type GraphType => graphType;

    public Expression Build(Expression entity, object? value)
    {
        var items = ParameterReplacer.Apply(collection, entity);
        var parts = new List<Expression>();
        foreach (var (quantifier, filter) in (IDictionary<string, object?>)value!)
        {
            if (filter is not IDictionary<string, object?> itemWhere)
            {
                continue;
            }

            var predicate = itemFilter().ToPredicate(itemWhere) ?? (Expression<Func<TItem, bool>>)(_ => true);
            parts.Add(quantifier switch
            {
                "some" => Expression.Call(AnyWithPredicate, items, predicate),
                "all" => Expression.Call(AllWithPredicate, items, predicate),
                "none" => Expression.Not(Expression.Call(AnyWithPredicate, items, predicate)),
                _ => throw new InvalidOperationException($"Unknown list quantifier '{quantifier}'."),
            });
        }

        return Conditions.AllOf(parts);
    }
}
