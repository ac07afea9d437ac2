using Icn.Domain.Staff;
using Icn.Graph.Engine.Mutations;

namespace Icn.Graph.Staff;

/// <summary>
/// The checks of what an account is given, shared by inviting and changing it: the account's own
/// rules (<see cref="StaffUser.CheckRoles"/>, <see cref="StaffUser.CheckCluster"/>) reported on the
/// field that asked, and the cluster's existence, which needs the database.
/// </summary>
internal static class StaffAssignment
{
    // Both inputs name these fields alike.
    private const string RolesField = nameof(InviteUserInput.Roles);
    private const string ClusterField = nameof(InviteUserInput.ClusterId);

    public static void Check(MutationContext mutation, IReadOnlyCollection<string> roles, Guid? clusterId)
    {
        if (StaffUser.CheckRoles(roles) is { } noRole)
        {
            mutation.Reject(noRole, RolesField);
        }
        else if (StaffUser.CheckCluster(roles, clusterId) is { } wrongCluster)
        {
            mutation.Reject(wrongCluster, ClusterField);
        }
    }

    /// <summary>A NotFoundError on <c>clusterId</c> when <paramref name="clusterId"/> names no cluster.</summary>
    public static async Task RequireClusterAsync(MutationContext mutation, Guid? clusterId)
    {
        if (clusterId is { } id && await mutation.RequireClusterAsync(id, mutation.PathOf(ClusterField)) is { } missing)
        {
            mutation.Reject(missing);
        }
    }
}
