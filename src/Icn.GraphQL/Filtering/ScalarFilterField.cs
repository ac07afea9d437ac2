using System.Linq.Expressions;

namespace Icn.GraphQL.Filtering;

/// <summary>A filter field over one scalar property, through an operator input such as StringFilter.</summary>
internal sealed class ScalarFilterField(string name, string description, Type graphType, LambdaExpression property, Func<object, object>? convert = null)
    : IFilterField
{
    public string Name => name;

    public string Description => description;

    public Type GraphType => graphType;

    public Expression Build(Expression entity, object? value)
    {
        var target = ParameterReplacer.Apply(property, entity);
        var operators = (IDictionary<string, object?>)value!;
        var parts = operators.Select(op => ScalarOperators.Build(op.Key, target, op.Value, convert ?? (v => v))).ToList();
        return Conditions.AllOf(parts);
    }
}
