using GraphQL.Types;
using Icn.GraphQL.Scalars;

namespace Icn.GraphQL.Filtering;

/// <summary>Operators on text. <c>contains</c> and <c>startsWith</c> ignore case; <c>eq</c> and <c>in</c> do not.</summary>
internal sealed class StringFilterGraphType : InputObjectGraphType
{
    public StringFilterGraphType()
    {
        Name = "StringFilter";
        Description = "Conditions on a text field; several conditions must all hold.";
        Field<StringGraphType>("eq").Description("Equal to this text, exactly.");
        Field<StringGraphType>("neq").Description("Not equal to this text.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equal to one of these texts (at most 100).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin").Description("Equal to none of these texts (at most 100).");
        Field<StringGraphType>("contains").Description("Contains this text, ignoring case.");
        Field<StringGraphType>("startsWith").Description("Starts with this text, ignoring case.");
    }
}

/// <summary>Operators on global ids.</summary>
internal sealed class IdFilterGraphType : InputObjectGraphType
{
    public IdFilterGraphType()
    {
        Name = "IdFilter";
        Description = "Conditions on a global id; only ids of the filtered type are accepted.";
        Field<IdGraphType>("eq").Description("Is this id.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("in").Description("Is one of these ids (at most 100).");
    }
}

/// <summary>The one operator a yes/no field needs.</summary>
internal sealed class BooleanFilterGraphType : InputObjectGraphType
{
    public BooleanFilterGraphType()
    {
        Name = "BooleanFilter";
        Description = "A condition on a yes/no field.";
        Field<BooleanGraphType>("eq").Description("Is this value.");
    }
}

/// <summary>Comparison operators on an ordered scalar.</summary>
internal abstract class ComparisonFilterGraphType<TScalar> : InputObjectGraphType
    where TScalar : ScalarGraphType
{
    protected ComparisonFilterGraphType(string name, string what)
    {
        Name = name;
        Description = $"Conditions on {what}; several conditions must all hold.";
        Field<TScalar>("eq").Description("Equal to this value; null matches an empty field.");
        Field<TScalar>("neq").Description("Not equal to this value.");
        Field<TScalar>("gt").Description("Greater (later) than this value.");
        Field<TScalar>("gte").Description("Greater (later) than or equal to this value.");
        Field<TScalar>("lt").Description("Less (earlier) than this value.");
        Field<TScalar>("lte").Description("Less (earlier) than or equal to this value.");
    }
}

internal sealed class IntFilterGraphType() : ComparisonFilterGraphType<IntGraphType>("IntFilter", "a whole number");

internal sealed class DateTimeFilterGraphType() : ComparisonFilterGraphType<InstantGraphType>("DateTimeFilter", "an instant");

internal sealed class DateFilterGraphType() : ComparisonFilterGraphType<CalendarDateGraphType>("DateFilter", "a calendar day");
