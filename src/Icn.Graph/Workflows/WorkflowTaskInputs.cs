using System.ComponentModel;
using System.Text.Json.Nodes;
using Icn.Domain.Workflows;
using Icn.Graph.Engine.Mutations;
using Icn.Workflows.Runtime;

namespace Icn.Graph.Workflows;

/// <summary>The input of claimTask.</summary>
internal sealed record ClaimTaskInput
{
    [Id("WorkflowTask"), Description("The task to take.")]
    public Guid TaskId { get; init; }
}

/// <summary>The input of completeTask.</summary>
internal sealed record CompleteTaskInput
{
    [Id("WorkflowTask"), Description("The task to answer.")]
    public Guid TaskId { get; init; }

    [Text(WorkflowTask.OutcomeLength), Description("One of the task's `outcomes`.")]
    public string Outcome { get; init; } = "";

    [Text(WorkflowTask.CommentLength), Description("A comment kept with the answer (at most {max} characters).")]
    public string? Comment { get; init; }

    [Description("The form's answers, a JSON object keyed by the `formFields`' names.")]
    public JsonObject? Data { get; init; }

    /// <summary>The answer these fields give.</summary>
    public TaskAnswer ToAnswer() => new(Outcome, Comment, Data);
}
