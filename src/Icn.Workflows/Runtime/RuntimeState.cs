using System.Text.Json;

namespace Icn.Workflows.Runtime;

/// <summary>
/// The runtime's own state of an instance between bursts: which "all" joins have branches waiting at
/// them. Everything else that waits is a bookmark row.
/// </summary>
internal sealed class RuntimeState
{
    /// <summary>Join activity id → branches arrived so far.</summary>
    public Dictionary<string, int> Joins { get; set; } = new(StringComparer.Ordinal);

    public static RuntimeState Read(string json) =>
        JsonSerializer.Deserialize<RuntimeState>(json, JsonSerializerOptions.Web) ?? new RuntimeState();

    public string Write() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);
}
