using System.ComponentModel;
using Icn.Graph.Engine.Mutations;

namespace Icn.Graph.Workflows;

// The definition's document and id go to the definition store as sent: it parses and checks them
// and says what is wrong, on the field.

/// <summary>The input of saveWorkflowDraft.</summary>
internal sealed record SaveWorkflowDraftInput
{
    [Verbatim, Description("The definition document, as `WorkflowDefinition.json` shows it; its `definitionId` names the definition.")]
    public string Json { get; init; } = "";
}

/// <summary>The input of publishWorkflow.</summary>
internal sealed record PublishWorkflowInput
{
    [Verbatim, Description("The definition whose draft to publish.")]
    public string DefinitionId { get; init; } = "";
}

/// <summary>The input of revertWorkflow.</summary>
internal sealed record RevertWorkflowInput
{
    [Verbatim, Description("The definition.")]
    public string DefinitionId { get; init; } = "";

    [Description("The published version to copy.")]
    public int Version { get; init; }
}
