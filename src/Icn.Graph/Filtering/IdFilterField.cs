using System.Linq.Expressions;
using Icn.Domain.Common;
using Icn.Graph.Errors;
using Icn.Graph.Relay;

namespace Icn.Graph.Filtering;

/// <summary>The <c>id: IdFilter</c> field: global ids of the entity's own type only.</summary>
internal sealed class IdFilterField(string typeName) : IFilterField
{
    public string Name => "id";

    public string Description => $"Matches the {typeName}'s global id.";

    public Type GraphType => typeof(IdFilterGraphType);

    public Expression Build(Expression entity, object? value)
    {
        var key = Expression.Property(entity, nameof(Entity.Id));
        var operators = (IDictionary<string, object?>)value!;
        var parts = operators.Where(op => op.Value is not null).Select(op => op.Key switch
        {
            "eq" => ScalarOperators.Build("eq", key, Decode(op.Value), v => v),
            "in" => ScalarOperators.Build("in", key, ((IEnumerable<object?>?)op.Value ?? []).Select(v => (object?)Decode(v)).ToList(), v => v),
            _ => throw new InvalidOperationException($"Unknown id operator '{op.Key}'."),
        }).ToList();
        return Conditions.AllOf(parts);
    }

    private Guid Decode(object? value) =>
        GlobalId.TryDecode(value as string, out var id) && id.TypeName == typeName
            ? id.Key
            : throw new UserInputError($"\"{value}\" is not the id of a {typeName}.");
}
