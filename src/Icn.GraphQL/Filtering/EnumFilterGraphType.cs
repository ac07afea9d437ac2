using GraphQL.Types;

namespace Icn.GraphQL.Filtering;

/// <summary>Operators on an enum, named after it: <c>OrderStatusFilter</c> for <c>OrderStatus</c>.</summary>
public sealed class EnumFilterGraphType<TEnumGraphType> : InputObjectGraphType
    where TEnumGraphType : EnumerationGraphType
{
    public EnumFilterGraphType()
    {
        var enumName = typeof(TEnumGraphType).Name.Replace("GraphType", "", StringComparison.Ordinal);
        Name = enumName + "Filter";
        Description = $"Conditions on a {enumName} value; several conditions must all hold.";
        Field<TEnumGraphType>("eq").Description("Is this value.");
        Field<TEnumGraphType>("neq").Description("Is not this value.");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("in").Description("Is one of these values.");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("nin").Description("Is none of these values.");
    }
}
