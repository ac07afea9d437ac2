using Icn.Domain.Workflows;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Workflows;

internal sealed class WorkflowTaskStatusGraphType : DescribedEnumGraphType<WorkflowTaskStatus>
{
    public WorkflowTaskStatusGraphType()
        : base("Where a task stands.", new Dictionary<WorkflowTaskStatus, string>
        {
            [WorkflowTaskStatus.Open] = "In the inbox, waiting for an answer.",
            [WorkflowTaskStatus.Completed] = "Answered.",
            [WorkflowTaskStatus.Cancelled] = "No longer needed: its step went on without it, or its workflow stopped.",
        })
    {
        Name = "WorkflowTaskStatus";
    }
}
