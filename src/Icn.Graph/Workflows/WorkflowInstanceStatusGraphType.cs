using Icn.Domain.Workflows;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Workflows;

internal sealed class WorkflowInstanceStatusGraphType : DescribedEnumGraphType<WorkflowInstanceStatus>
{
    public WorkflowInstanceStatusGraphType()
        : base("Where a workflow instance stands.", new Dictionary<WorkflowInstanceStatus, string>
        {
            [WorkflowInstanceStatus.Running] = "Waiting on tasks, signals or timers.",
            [WorkflowInstanceStatus.Finished] = "Every branch ended.",
            [WorkflowInstanceStatus.Faulted] = "An activity failed; see `incidents`. An admin retries or cancels it.",
            [WorkflowInstanceStatus.Cancelled] = "Stopped by an admin.",
        })
    {
        Name = "WorkflowInstanceStatus";
    }
}
