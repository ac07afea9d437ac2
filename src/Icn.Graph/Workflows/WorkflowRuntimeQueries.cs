using GraphQL;
using GraphQL.Types;
using Icn.Domain.Staff;
using Icn.Domain.Workflows;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Workflows;

/// <summary><c>workflowInstances</c> for the Secretariat and admins, and <c>myTasks</c>, every staff member's inbox.</summary>
internal sealed class WorkflowRuntimeQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddConnection<WorkflowInstanceType, WorkflowInstance>(
                "workflowInstances",
                $"Workflow instances, newest first by default, with their journal and incidents. Needs {AccessPolicies.Describe(AccessPolicies.Secretariat)}.",
                WorkflowInstanceList.Definition,
                (db, _) => db.WorkflowInstances.AsNoTracking(),
                i => i.Id)
            .AuthorizeWithPolicy(AccessPolicies.Secretariat);

        query.AddConnection<WorkflowTaskType, WorkflowTask>(
                "myTasks",
                $"Your open tasks: those for you, and those for a role you hold that nobody has claimed. Oldest first by default. Needs {AccessPolicies.Describe(AccessPolicies.Staff)}.",
                WorkflowTaskList.Definition,
                (db, viewer) => TasksFor(db.WorkflowTasks.AsNoTracking().Where(t => t.Status == WorkflowTaskStatus.Open), viewer),
                t => t.Id)
            .AuthorizeWithPolicy(AccessPolicies.Staff);
    }

    /// <summary>
    /// The tasks that are the viewer's to answer: their own, and their roles' unclaimed ones. Each
    /// half is served by its own partial index (open tasks by user, open tasks by role).
    /// </summary>
    public static IQueryable<WorkflowTask> TasksFor(IQueryable<WorkflowTask> tasks, Viewer viewer)
    {
        var user = viewer.UserId ?? Guid.Empty;
        var roles = StaffRoles.All.Where(viewer.IsInRole).ToArray();
        return tasks.Where(t => t.AssigneeUserId == user || (t.AssigneeUserId == null && roles.Contains(t.AssigneeRole!)));
    }
}
