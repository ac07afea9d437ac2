using Icn.Domain.Staff;
using Microsoft.AspNetCore.Authorization;

namespace Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

/// <summary>
/// The authorization policies that fields and types name (GraphQL.NET's AuthorizeWithPolicy
/// metadata) and that <see cref="AuthorizationRule"/> enforces before execution.
/// </summary>
internal static class AccessPolicies
{
    /// <summary>Any signed-in staff account.</summary>
    public const string Staff = "Staff";

    /// <summary>ADMIN, SECRETARIAT or BOARD: the people who see the whole network's restricted data.</summary>
    public const string NetworkStaff = "NetworkStaff";

    /// <summary>Those who write cluster data: CLUSTER_EDITOR (their own cluster), SECRETARIAT and ADMIN (any).</summary>
    public const string ClusterWriters = "ClusterWriters";

    /// <summary>SECRETARIAT or ADMIN.</summary>
    public const string Secretariat = "Secretariat";

    public const string Admin = "Admin";

    public static AuthorizationOptions AddIcnPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(Staff, policy => policy.RequireRole(StaffRoles.All));
        options.AddPolicy(NetworkStaff, policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Secretariat, StaffRoles.Board));
        options.AddPolicy(ClusterWriters, policy => policy.RequireRole(StaffRoles.ClusterEditor, StaffRoles.Secretariat, StaffRoles.Admin));
        options.AddPolicy(Secretariat, policy => policy.RequireRole(StaffRoles.Secretariat, StaffRoles.Admin));
        options.AddPolicy(Admin, policy => policy.RequireRole(StaffRoles.Admin));
        return options;
    }

    /// <summary>Who a policy admits, in words, for error messages and the schema's descriptions.</summary>
    public static string Describe(string policy) => policy switch
    {
        Staff => "a staff account",
        NetworkStaff => "the ADMIN, SECRETARIAT or BOARD role",
        ClusterWriters => "the CLUSTER_EDITOR, SECRETARIAT or ADMIN role",
        Secretariat => "the SECRETARIAT or ADMIN role",
        Admin => "the ADMIN role",
        _ => $"the policy '{policy}'",
    };
}
