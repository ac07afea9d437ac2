using GraphQL.Types;
using GraphQLParser.AST;

namespace Icn.GraphQL.Scalars;

/// <summary>A string scalar whose input must pass a check: a wrong value is a clear input error before any resolver runs.</summary>
public abstract class ValidatedStringGraphType : ScalarGraphType
{
    /// <summary>Says why <paramref name="value"/> is not valid, or null when it is.</summary>
    protected abstract string? Problem(string value);

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Check((string)s.Value),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Check(s),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => ThrowSerializationError(value),
    };

    private string Check(string value) =>
        Problem(value) is { } problem ? throw new FormatException($"Invalid {Name}: {problem}") : value;
}
