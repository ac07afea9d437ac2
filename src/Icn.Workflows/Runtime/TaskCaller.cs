using Icn.Domain.Workflows;

namespace Icn.Workflows.Runtime;

/// <summary>Who asks to claim or complete a task: their account and roles.</summary>
public sealed record TaskCaller(Guid UserId, IReadOnlySet<string> Roles)
{
    /// <summary>A task is for its user, or, while nobody has claimed it, for any holder of its role.</summary>
    public bool MayTake(WorkflowTask task) =>
        task.AssigneeUserId == UserId || (task.AssigneeUserId is null && task.AssigneeRole is { } role && Roles.Contains(role));
}
