using System.Text.Json.Nodes;

namespace Icn.Workflows.Runtime;

/// <summary>JavaScript's idea of true, for a value that came back as JSON: a condition means what it would in a browser.</summary>
public static class Truthiness
{
    public static bool Of(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var flag) => flag,
        JsonValue v when v.TryGetValue<double>(out var number) => number != 0 && !double.IsNaN(number),
        JsonValue v when v.TryGetValue<string>(out var text) => text.Length > 0,
        _ => true,
    };
}
