using Icn.Domain.Staff;
using Icn.Graph.Engine.Mutations;
using Icn.Workflows.Runtime;

namespace Icn.Graph.Staff;

/// <summary>
/// Privileges end with the role: when an account loses a role or is deactivated, the tasks it held
/// through that role go back, in the transaction of the account's change. A claimed task returns
/// to the role's queue; a Board member's own vote is withdrawn and the Board decides without it.
/// </summary>
internal static class EndedRoleTasks
{
    /// <summary>Call inside the mutation's transaction, after the account's change is saved.</summary>
    public static Task<int> ReleaseAsync(MutationContext mutation, StaffUser user) =>
        mutation.Services.GetRequiredService<WorkflowRuntime>().ReleaseTasksOfAsync(
            mutation.Db, user.Id, user.DisplayName ?? user.Email ?? user.Id.ToString(), mutation.Viewer.UserId, mutation.CancellationToken);
}
