using System.ComponentModel;
using Icn.Domain.Staff;
using Icn.Graph.Access;
using Icn.Graph.Engine.Mutations;

namespace Icn.Graph.Staff;

// The inputs of the staff account mutations. Roles are the Role enum's values, held by their API
// names (StaffRoles), the names the account's role rows are keyed by.

/// <summary>The input of inviteUser.</summary>
internal sealed record InviteUserInput
{
    [Text(StaffUser.EmailLength), Description("The e-mail address the account signs in with; the invitation goes there.")]
    public string Email { get; init; } = "";

    [Text(StaffUser.DisplayNameLength), Description("The name shown for the account, at most {max} characters.")]
    public string DisplayName { get; init; } = "";

    [GraphType(typeof(RoleGraphType)), Description("The account's roles, at least one.")]
    public IReadOnlyList<string> Roles { get; init; } = [];

    [Id("Cluster"), Description("The cluster of a CLUSTER_EDITOR (required for that role, refused for the others).")]
    public Guid? ClusterId { get; init; }
}

/// <summary>The input of updateUser: each field left out keeps its value.</summary>
internal sealed record UpdateUserInput
{
    [Id("User"), Description("The account.")]
    public Guid Id { get; init; }

    // An explicit null asks for no roles, which the account's rule refuses, as an empty list is.
    [GraphType(typeof(RoleGraphType)), Description("The account's roles (replacing the current ones), at least one. Without CLUSTER_EDITOR the account leaves its cluster.")]
    public Optional<IReadOnlyList<string>?> Roles { get; init; }

    [Id("Cluster"), Description("The cluster of a CLUSTER_EDITOR; null for the other roles.")]
    public Optional<Guid?> ClusterId { get; init; }

    [Text(StaffUser.DisplayNameLength), Description("The name shown for the account, at most {max} characters.")]
    public Optional<string> DisplayName { get; init; }

    /// <summary>
    /// The roles the account is to hold: those sent (without repeats), or its current ones. Left
    /// out, the cluster stays only with an editor's role: an account without it leaves its cluster.
    /// </summary>
    public (IReadOnlyList<string> Roles, Guid? ClusterId) AssignmentOf(StaffUser user)
    {
        IReadOnlyList<string> roles = Roles.IsGiven ? [.. (Roles.Value ?? []).Distinct()] : user.Roles;
        var clusterId = ClusterId.IsGiven ? ClusterId.Value
            : roles.Contains(StaffRoles.ClusterEditor) ? user.ClusterId
            : null;
        return (roles, clusterId);
    }
}

/// <summary>The input of deactivateUser.</summary>
internal sealed record DeactivateUserInput
{
    [Id("User"), Description("The account.")]
    public Guid Id { get; init; }
}
