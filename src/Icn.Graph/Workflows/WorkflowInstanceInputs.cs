using System.ComponentModel;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Icn.Domain.Workflows;
using Icn.Graph.Engine.Mutations;

namespace Icn.Graph.Workflows;

/// <summary>The input of startWorkflow.</summary>
internal sealed record StartWorkflowInput
{
    // Looked up as sent by the runtime, which names an unknown definition.
    [Verbatim, Description("The definition to start, e.g. \"member-obligations\".")]
    public string DefinitionId { get; init; } = "";

    [Description("What the workflow starts with, a JSON object its expressions read as `input`.")]
    public JsonObject? Input { get; init; }

    // Kept as the text sent (not decoded): the workflow's expressions and its tasks show it as the Node's id.
    [Text(WorkflowInstance.SubjectIdLength), GraphType(typeof(IdGraphType)), Description("The global id of the Node the workflow is about, if any.")]
    public string? SubjectId { get; init; }
}

/// <summary>The input of signalWorkflow.</summary>
internal sealed record SignalWorkflowInput
{
    // Not stored: the signal and its key only pick the waiting instances, whose bookmarks hold them.
    private const int NameLength = 200;

    [Text(NameLength), Description("The signal's name, as the WaitForSignal activity names it.")]
    public string Signal { get; init; } = "";

    [Text(NameLength), Description("The key that picks the instances, e.g. an application's id.")]
    public string Correlation { get; init; } = "";

    [Description("Data for the waiting activity, a JSON object.")]
    public JsonObject? Payload { get; init; }
}

/// <summary>The input of retryWorkflowInstance.</summary>
internal sealed record RetryWorkflowInstanceInput
{
    [Id("WorkflowInstance"), Description("The faulted instance.")]
    public Guid Id { get; init; }
}

/// <summary>The input of cancelWorkflowInstance.</summary>
internal sealed record CancelWorkflowInstanceInput
{
    [Id("WorkflowInstance"), Description("The instance to stop.")]
    public Guid Id { get; init; }
}
