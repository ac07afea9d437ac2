using System.Linq.Expressions;
using Icn.GraphQL.Errors;
using Icn.GraphQL.Relay;

namespace Icn.GraphQL.Filtering;

/// <summary>
/// An <c>IdFilter</c> field over a key: the row's own id (<c>id</c>), a reference such as
/// <c>authorId</c> (global ids of one type), or, when <c>typeName</c> is null, a key that may name
/// a row of any type (a log entry's subject), given as a global id or as the raw UUID.
/// </summary>
internal sealed class KeyFilterField(string name, string description, string? typeName, LambdaExpression property) : IFilterField
{
    public string Name => name;

    public string Description => description;

    public Type GraphType => typeof(IdFilterGraphType);

    public Expression Build(Expression entity, object? value)
    {
        var key = ParameterReplacer.Apply(property, entity);
        var operators = (IDictionary<string, object?>)value!;
        var parts = operators.Where(op => op.Value is not null).Select(op => op.Key switch
        {
            "eq" => ScalarOperators.Build("eq", key, Decode(op.Value), v => v),
            "in" => ScalarOperators.Build("in", key, ((IEnumerable<object?>?)op.Value ?? []).Select(v => (object?)Decode(v)).ToList(), v => v),
            _ => throw new InvalidOperationException($"Unknown id operator '{op.Key}'."),
        }).ToList();
        return Conditions.AllOf(parts);
    }

    private Guid Decode(object? value)
    {
        if (GlobalId.TryDecode(value as string, out var id) && (typeName is null || id.TypeName == typeName))
        {
            return id.Key;
        }

        if (typeName is null && Guid.TryParse(value as string, out var raw))
        {
            return raw;
        }

        throw new UserInputError(typeName is null
            ? $"\"{value}\" in '{name}' is neither a global id nor a UUID."
            : $"\"{value}\" in '{name}' is not the id of a {typeName}.");
    }
}
