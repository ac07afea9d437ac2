using Icn.Domain.Workflows;
using Icn.Graph.Engine.Relay;
using Icn.Plugins;

namespace Icn.Graph.Workflows;

/// <summary>Workflow definitions, their running instances and the tasks they hand to people.</summary>
internal sealed class WorkflowsModule : INetworkModule
{
    public string Name => "Workflows";

    public void Register(INetworkModuleBuilder module)
    {
        module.AddQueryFields<WorkflowDefinitionQueries>(position: 150)
            .AddQueryFields<WorkflowRuntimeQueries>(position: 160)
            .AddMutationFields<WorkflowDefinitionMutations>(position: 120)
            .AddMutationFields<WorkflowInstanceMutations>(position: 130)
            .AddMutationFields<WorkflowTaskMutations>(position: 140)
            .AddLoaders<WorkflowDefinitionDataLoaders>()
            .AddLoaders<WorkflowRuntimeDataLoaders>()
            .AddLoaders<SubjectLoader>();
        module.Services.AddNodeSource<StoredWorkflowDefinition>("WorkflowDefinition", d => d.Id, (rows, viewer) => viewer.IsInRole(Icn.Domain.Staff.StaffRoles.Admin) ? rows : rows.Where(_ => false));
        module.Services.AddNodeSource<WorkflowInstance>("WorkflowInstance", i => i.Id, (rows, viewer) => viewer.ActsForEveryCluster ? rows : rows.Where(_ => false));
        module.Services.AddNodeSource<WorkflowTask>("WorkflowTask", t => t.Id, (rows, viewer) => viewer.ActsForEveryCluster ? rows : WorkflowRuntimeQueries.TasksFor(rows, viewer));
    }
}
