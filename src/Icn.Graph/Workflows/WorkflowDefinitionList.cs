using Icn.Domain.Workflows;
using Icn.GraphQL.Filtering;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.GraphQL.Sorting;

namespace Icn.Graph.Workflows;

/// <summary>The filter and orders of the list of workflow definitions.</summary>
internal static class WorkflowDefinitionList
{
    public static FilterDefinition<StoredWorkflowDefinition> Filter { get; } = new FilterDefinition<StoredWorkflowDefinition>("WorkflowDefinitionFilter", "Conditions on a workflow definition; several fields must all hold.")
        .String("definitionId", "The definition's stable id.", d => d.DefinitionId)
        .String("name", "The definition's name.", d => d.Name);

    public static SortDefinition<StoredWorkflowDefinition> Sort { get; } = new SortDefinition<StoredWorkflowDefinition>("WorkflowDefinitionSort", "One way to order workflow definitions.")
        .Add("definitionId", "By definition id.", d => d.DefinitionId)
        .Add("name", "By name.", d => d.Name);

    public static ListDefinition<StoredWorkflowDefinition> Definition { get; } = new(
        Filter, typeof(WorkflowDefinitionFilterGraphType), Sort, typeof(WorkflowDefinitionSortGraphType),
        new SortOrder<StoredWorkflowDefinition>([(Sort["definitionId"], false)]), "by definition id");
}

internal sealed class WorkflowDefinitionFilterGraphType() : EntityFilterGraphType<StoredWorkflowDefinition>(WorkflowDefinitionList.Filter);

internal sealed class WorkflowDefinitionSortGraphType() : EntitySortGraphType<StoredWorkflowDefinition>(WorkflowDefinitionList.Sort);
