using Icn.Domain.Workflows;

namespace Icn.Workflows.Runtime;

/// <summary>
/// Who asks to claim or complete a task: their account and roles. The runtime narrows the roles to
/// those the account holds in the database at the moment of asking (<see cref="TaskHolders"/>), so a
/// token issued before a role ended grants nothing.
/// </summary>
public sealed record TaskCaller(Guid UserId, IReadOnlySet<string> Roles)
{
    /// <summary>
    /// A user's own task is theirs; a role's task (claimed, unclaimed, or one of a group's) needs the
    /// role, and, once someone has it, to be that someone.
    /// </summary>
    public bool MayTake(WorkflowTask task) => task.AssigneeRole is { } role
        ? Roles.Contains(role) && (task.AssigneeUserId is null || task.AssigneeUserId == UserId)
        : task.AssigneeUserId == UserId;

    /// <summary>True when the task is a role's that the caller does not hold (any more).</summary>
    public bool LacksRoleOf(WorkflowTask task) => task.AssigneeRole is { } role && !Roles.Contains(role);
}
