namespace Icn.Domain.Workflows;

/// <summary>
/// One version of a workflow definition as stored: the JSON document, and whether it is published
/// (then immutable) or the definition's one draft. Instances refer to a published row.
/// </summary>
public sealed class StoredWorkflowDefinition
{
    public Guid Id { get; set; }

    /// <summary>The definition's stable id, e.g. "membership-application".</summary>
    public required string DefinitionId { get; set; }

    public int Version { get; set; }

    public required string Name { get; set; }

    /// <summary>The definition document (WorkflowDefinitionJson), version included.</summary>
    public required string Json { get; set; }

    public bool IsPublished { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public Guid? PublishedById { get; set; }
}
