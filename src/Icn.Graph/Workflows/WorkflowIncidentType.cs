using GraphQL.Types;
using Icn.Domain.Workflows;

namespace Icn.Graph.Workflows;

internal sealed class WorkflowIncidentType : ObjectGraphType<WorkflowIncident>
{
    public WorkflowIncidentType()
    {
        Name = "WorkflowIncident";
        Description = "Why an instance faulted. Resolved by `retryWorkflowInstance` or `cancelWorkflowInstance`.";
        Field(i => i.ActivityId, nullable: true).Description("The activity that failed.");
        Field(i => i.Message).Description("What went wrong.");
        Field(i => i.CreatedAt).Description("When it happened.");
        Field(i => i.ResolvedAt, nullable: true).Description("When it was resolved; null while open.");
        Field(i => i.Resolution, nullable: true).Description("\"retried\" or \"cancelled\" once resolved.");
    }
}
