using Icn.Domain.Staff;
using Icn.Graph.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Staff;

/// <summary>
/// The rules of what an account is given, shared by inviting and changing it: at least one role,
/// and a cluster exactly when the account edits one (CLUSTER_EDITOR) — other roles work for the
/// whole network and belong to no cluster.
/// </summary>
internal static class StaffAssignment
{
    public static void Check(MutationInput input, IReadOnlyCollection<string> roles, Guid? clusterId)
    {
        if (roles.Count == 0)
        {
            input.Invalid("roles", "Give the account at least one role.");
            return;
        }

        var edits = roles.Contains(StaffRoles.ClusterEditor);
        if (edits && clusterId is null)
        {
            input.Invalid("clusterId", "A CLUSTER_EDITOR edits one cluster: give its clusterId.");
        }
        else if (!edits && clusterId is not null)
        {
            input.Invalid("clusterId", "Only a CLUSTER_EDITOR belongs to a cluster; the other roles work for the whole network. Leave clusterId out.");
        }
    }

    /// <summary>A NotFoundError on <c>clusterId</c> when <paramref name="clusterId"/> names no cluster.</summary>
    public static async Task RequireClusterAsync(MutationInput input, MutationContext mutation, Guid? clusterId)
    {
        if (clusterId is { } id && await mutation.RequireClusterAsync(id, input.PathOf("clusterId")) is { } missing)
        {
            input.Add(missing);
        }
    }
}
