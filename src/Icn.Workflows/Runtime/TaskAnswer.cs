using System.Text.Json.Nodes;

namespace Icn.Workflows.Runtime;

/// <summary>A person's answer to a task: the outcome chosen, a comment, and the form's fields.</summary>
public sealed record TaskAnswer(string Outcome, string? Comment = null, JsonObject? Data = null);
