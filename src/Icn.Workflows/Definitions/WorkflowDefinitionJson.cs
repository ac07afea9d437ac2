using System.Text.Json;
using System.Text.Json.Serialization;

namespace Icn.Workflows.Definitions;

/// <summary>Reads and writes definitions as the JSON the designer and the repository's files use.</summary>
public static class WorkflowDefinitionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>The definition in <paramref name="json"/>, or why it is not one (with the JSON path where known).</summary>
    public static (WorkflowDefinition? Definition, DefinitionProblem? Problem) Read(string json)
    {
        try
        {
            var definition = JsonSerializer.Deserialize<WorkflowDefinition>(json, Options);
            return definition is null
                ? (null, new DefinitionProblem("$", "The document is empty (null)."))
                : (definition, null);
        }
        catch (JsonException exception)
        {
            return (null, new DefinitionProblem(exception.Path ?? "$", $"Not a workflow definition: {FirstSentence(exception.Message)}"));
        }
    }

    public static string Write(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Options);

    private static string FirstSentence(string message) =>
        message.Split(" Path: ", 2)[0];
}
