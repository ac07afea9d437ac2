using System.Text.Json.Nodes;

namespace Icn.Workflows.Activities;

/// <summary>
/// One input of an activity type: its name, what it means, a JSON schema of its literal value,
/// whether it must be set, and whether an expression may give it.
/// </summary>
public sealed record InputDescriptor(string Name, string Description, JsonObject Schema, bool Required = false, bool AcceptsExpression = true)
{
    public static InputDescriptor Text(string name, string description, bool required = false) =>
        new(name, description, new JsonObject { ["type"] = "string" }, required);

    public static InputDescriptor Condition(string name, string description) =>
        new(name, description, new JsonObject { ["type"] = "boolean" }, Required: true);

    public static InputDescriptor Names(string name, string description, bool required = true) =>
        new(name, description, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["minItems"] = 1 }, required, AcceptsExpression: false);

    public static InputDescriptor Choice(string name, string description, bool required, params string[] values) =>
        new(name, description, new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. values.Select(v => JsonValue.Create(v))]) }, required, AcceptsExpression: false);

    /// <summary>The JSON type the schema asks for ("string", "array", ...).</summary>
    public string? JsonType => Schema["type"]?.GetValue<string>();
}
