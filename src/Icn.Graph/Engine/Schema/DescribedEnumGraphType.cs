using GraphQL.Types;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Engine.Schema;

/// <summary>
/// An enum type whose values are the C# enum's members in UPPER_SNAKE case, each with the
/// description GraphiQL shows. A member without a description fails at start-up, not in review.
/// </summary>
internal abstract class DescribedEnumGraphType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    protected DescribedEnumGraphType(string description, IReadOnlyDictionary<TEnum, string> valueDescriptions)
    {
        Description = description;
        foreach (var value in Values)
        {
            var member = (TEnum)value.Value!;
            value.Description = valueDescriptions.TryGetValue(member, out var text)
                ? text
                : throw new InvalidOperationException($"{typeof(TEnum).Name}.{member} has no description.");
        }
    }
}
