using System.Text.Json;
using System.Text.Json.Nodes;
using Icn.Domain.Workflows;

namespace Icn.Workflows.Runtime;

/// <summary>
/// What wakes an instance for a burst: its start, or a bookmark's resumption. Stored with an
/// incident, so that a retry runs the same wake-up again from the stored state.
/// </summary>
internal sealed record Wake(bool IsStart, Guid? BookmarkId = null, BookmarkKind Trigger = BookmarkKind.Timer, JsonObject? Payload = null, Guid? TaskId = null)
{
    public static Wake Start { get; } = new(IsStart: true);

    public static Wake Resume(WorkflowBookmark bookmark, BookmarkKind trigger, JsonObject? payload = null, Guid? taskId = null) =>
        new(IsStart: false, bookmark.Id, trigger, payload, taskId);

    public string Write() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    public static Wake Read(string json) => JsonSerializer.Deserialize<Wake>(json, JsonSerializerOptions.Web)!;
}
