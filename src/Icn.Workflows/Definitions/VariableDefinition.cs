using System.Text.Json;

namespace Icn.Workflows.Definitions;

/// <summary>A workflow variable: its name, its JSON type (string, number, boolean, array, object) and its value at start.</summary>
public sealed record VariableDefinition(string Name, string Type, JsonElement? Default = null);
