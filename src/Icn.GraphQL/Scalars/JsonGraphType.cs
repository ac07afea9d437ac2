using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Icn.GraphQL.Scalars;

/// <summary>
/// Any JSON value, for the few places whose shape is genuinely open: a workflow's variables, what it
/// is started with, a signal's payload, a task's form answers. Read as a <see cref="JsonNode"/>;
/// written from a node or an element (resolvers parse stored JSON text with <see cref="FromText"/>).
/// </summary>
public sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "Any JSON value (object, array, string, number, boolean or null). Used only where the shape is open: workflow variables, start inputs, signal payloads, task form answers.";
    }

    /// <summary>Stored JSON text as a value this scalar writes.</summary>
    public static JsonElement? FromText(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLBooleanValue boolean => JsonValue.Create(boolean.BoolValue),
        GraphQLIntValue number => JsonNode.Parse(number.Value.ToString()),
        GraphQLFloatValue number => JsonValue.Create(double.Parse(number.Value.Span, CultureInfo.InvariantCulture)),
        GraphQLStringValue text => JsonValue.Create(text.Value.ToString()),
        GraphQLListValue list => new JsonArray([.. (list.Values ?? []).Select(item => (JsonNode?)ParseLiteral(item))]),
        GraphQLObjectValue obj => new JsonObject((obj.Fields ?? []).Select(field => KeyValuePair.Create(field.Name.StringValue, (JsonNode?)ParseLiteral(field.Value)))),
        _ => ThrowLiteralConversionError(value, "JSON literals are objects, lists, strings, numbers, booleans or null."),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        JsonNode node => node,
        _ => JsonSerializer.SerializeToNode(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        JsonNode node => JsonSerializer.SerializeToElement(node),
        JsonElement element => element,
        _ => JsonSerializer.SerializeToElement(value),
    };
}
