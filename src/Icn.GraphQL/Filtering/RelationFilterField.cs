using System.Linq.Expressions;

namespace Icn.GraphQL.Filtering;

/// <summary>A single relation filtered through the related entity's own filter, e.g. <c>author: UserFilter</c>.</summary>
internal sealed class RelationFilterField<TRelated>(string name, string description, Type graphType, LambdaExpression navigation, Func<FilterDefinition<TRelated>> related)
    : IFilterField
{
    public string Name => name;

    public string Description => description;

    public Type GraphType => graphType;

    public Expression Build(Expression entity, object? value) =>
        related().Build(ParameterReplacer.Apply(navigation, entity), (IDictionary<string, object?>)value!) ?? Expression.Constant(true);
}
