using System.Text.Json.Nodes;
using Icn.Domain.Workflows;

namespace Icn.Workflows.Runtime;

/// <summary>
/// Why a waiting activity is woken: a completed task, a signal, or a due timer — its own, or one
/// of the timers that belong to its bookmark (a task's reminder or deadline, told by <see cref="Timer"/>).
/// </summary>
public sealed record Resumption(BookmarkKind Trigger, JsonObject Payload)
{
    /// <summary>The payload's key, for a task withdrawn from its holder, that says why (their role ended).</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>The bookmark the activity waits on.</summary>
    public WorkflowBookmark Bookmark { get; init; } = null!;

    /// <summary>The child timer that fired, when it is not the activity's own bookmark.</summary>
    public WorkflowBookmark? Timer { get; init; }

    /// <summary>The task just completed, or just withdrawn from its holder, for a task's resumption.</summary>
    public WorkflowTask? Task { get; init; }

    /// <summary>Why the task was withdrawn (its holder's role ended), for a withdrawal's resumption; null for an answer.</summary>
    public string? WithdrawnBecause => Task is { Status: WorkflowTaskStatus.Cancelled } ? Payload[Withdrawn]?.GetValue<string>() ?? "its holder's role ended" : null;
}
