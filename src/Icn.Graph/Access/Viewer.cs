using System.Security.Claims;
using Icn.Domain.Staff;

namespace Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

/// <summary>
/// Who is calling, as the visibility and write rules need to know it. Anonymous callers and website
/// keys read public data only; staff with a network-wide role read restricted data too; an editor
/// writes their own cluster's data.
/// </summary>
internal sealed class Viewer(ClaimsPrincipal principal)
{
    private static readonly string[] NetworkWideRoles = [StaffRoles.Admin, StaffRoles.Secretariat, StaffRoles.Board];

    public ClaimsPrincipal Principal => principal;

    public bool IsAuthenticated => principal.Identity?.IsAuthenticated == true;

    /// <summary>The staff account calling; null for anonymous callers and website keys.</summary>
    public Guid? UserId => principal.Identity?.AuthenticationType != IcnClaims.ApiKeyAuthenticationType
        && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>The website key calling; null otherwise.</summary>
    public Guid? ApiKeyId => Guid.TryParse(principal.FindFirstValue(IcnClaims.ApiKey), out var id) ? id : null;

    /// <summary>An editor's own cluster (the cluster a website key was issued to, for keys).</summary>
    public Guid? ClusterId => Guid.TryParse(principal.FindFirstValue(IcnClaims.Cluster), out var id) ? id : null;

    /// <summary>How the audit log names the caller.</summary>
    public string Name => principal.FindFirstValue(ClaimTypes.Email) ?? principal.FindFirstValue(ClaimTypes.Name) ?? "anonymous";

    public bool IsInRole(string role) => principal.IsInRole(role);

    /// <summary>True for roles that see drafts, applicants, Board meetings and other restricted rows.</summary>
    public bool SeesRestrictedData => NetworkWideRoles.Any(principal.IsInRole);

    /// <summary>The Secretariat and admins act for any cluster (they run the network's events and fees).</summary>
    public bool ActsForEveryCluster => principal.IsInRole(StaffRoles.Admin) || principal.IsInRole(StaffRoles.Secretariat);

    /// <summary>Whether the caller may change data owned by <paramref name="clusterId"/>.</summary>
    public bool MayActFor(Guid clusterId) =>
        ActsForEveryCluster || (principal.IsInRole(StaffRoles.ClusterEditor) && ClusterId == clusterId);
}
