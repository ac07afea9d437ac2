using System.Text.Json;
using System.Text.Json.Nodes;

namespace Icn.Workflows.Runtime;

/// <summary>Checks a task's answers against its form: required fields given, each of its type, no unknown field.</summary>
internal static class FormAnswers
{
    public static RuntimeRefusal? Check(string formFieldsJson, JsonObject? data)
    {
        var fields = JsonNode.Parse(formFieldsJson) as JsonArray ?? [];
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields.OfType<JsonObject>())
        {
            var name = field["name"]?.GetValue<string>() ?? "";
            known.Add(name);
            var value = data?[name];
            if (value is null)
            {
                if (field["required"]?.GetValueKind() == JsonValueKind.True)
                {
                    return new(RefusalKind.Validation, $"The form field '{name}' is required.", $"data.{name}");
                }

                continue;
            }

            var type = field["type"]?.GetValue<string>() ?? "text";
            if (!Fits(type, value))
            {
                return new(RefusalKind.Validation, $"The form field '{name}' takes a {type}.", $"data.{name}");
            }
        }

        var unknown = data?.Select(p => p.Key).FirstOrDefault(key => !known.Contains(key));
        return unknown is null ? null : new(RefusalKind.Validation, $"The task's form has no field '{unknown}'.", $"data.{unknown}");
    }

    private static bool Fits(string type, JsonNode value) => (type, value.GetValueKind()) switch
    {
        ("number", JsonValueKind.Number) => true,
        ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
        ("date", JsonValueKind.String) => DateOnly.TryParse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _),
        ("text", JsonValueKind.String) => true,
        _ => false,
    };
}
