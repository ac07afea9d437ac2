using Icn.Domain.Workflows;
using Icn.GraphQL.Filtering;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.GraphQL.Sorting;

namespace Icn.Graph.Workflows;

/// <summary>The filter and orders of the list of workflow instances.</summary>
internal static class WorkflowInstanceList
{
    public static FilterDefinition<WorkflowInstance> Filter { get; } = new FilterDefinition<WorkflowInstance>("WorkflowInstanceFilter", "Conditions on a workflow instance; several fields must all hold.")
        .Id("WorkflowInstance")
        .String("definitionId", "The definition it runs.", i => i.DefinitionId)
        .Enum<WorkflowInstance, WorkflowInstanceStatusGraphType, WorkflowInstanceStatus>("status", "Where it stands.", i => i.Status)
        .String("subjectId", "The global id of the Node it is about.", i => i.SubjectId)
        .DateTime("createdAt", "When it started.", i => i.CreatedAt);

    public static SortDefinition<WorkflowInstance> Sort { get; } = new SortDefinition<WorkflowInstance>("WorkflowInstanceSort", "One way to order workflow instances.")
        .Add("createdAt", "By when it started.", i => i.CreatedAt)
        .Add("updatedAt", "By when its last burst ran.", i => i.UpdatedAt);

    public static ListDefinition<WorkflowInstance> Definition { get; } = new(
        Filter, typeof(WorkflowInstanceFilterGraphType), Sort, typeof(WorkflowInstanceSortGraphType),
        new SortOrder<WorkflowInstance>([(Sort["createdAt"], true)]), "newest first");
}

internal sealed class WorkflowInstanceFilterGraphType() : EntityFilterGraphType<WorkflowInstance>(WorkflowInstanceList.Filter);

internal sealed class WorkflowInstanceSortGraphType() : EntitySortGraphType<WorkflowInstance>(WorkflowInstanceList.Sort);
