using Icn.Domain.Workflows;
using Icn.GraphQL.Filtering;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.GraphQL.Sorting;

namespace Icn.Graph.Workflows;

/// <summary>The filter and orders of lists of tasks (an inbox).</summary>
internal static class WorkflowTaskList
{
    public static FilterDefinition<WorkflowTask> Filter { get; } = new FilterDefinition<WorkflowTask>("WorkflowTaskFilter", "Conditions on a task; several fields must all hold.")
        .String("title", "What the task asks.", t => t.Title)
        .String("subjectId", "The global id of the Node it is about.", t => t.SubjectId)
        .DateTime("dueAt", "When the answer is due.", t => t.DueAt)
        .DateTime("createdAt", "When it entered the inbox.", t => t.CreatedAt);

    public static SortDefinition<WorkflowTask> Sort { get; } = new SortDefinition<WorkflowTask>("WorkflowTaskSort", "One way to order tasks.")
        .Add("createdAt", "By when it entered the inbox.", t => t.CreatedAt)
        .Add("dueAt", "By due date.", t => t.DueAt);

    public static ListDefinition<WorkflowTask> Definition { get; } = new(
        Filter, typeof(WorkflowTaskFilterGraphType), Sort, typeof(WorkflowTaskSortGraphType),
        new SortOrder<WorkflowTask>([(Sort["createdAt"], false)]), "oldest first");
}

internal sealed class WorkflowTaskFilterGraphType() : EntityFilterGraphType<WorkflowTask>(WorkflowTaskList.Filter);

internal sealed class WorkflowTaskSortGraphType() : EntitySortGraphType<WorkflowTask>(WorkflowTaskList.Sort);
