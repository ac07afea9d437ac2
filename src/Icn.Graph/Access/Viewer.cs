using System.Security.Claims;

namespace Icn.Graph.Access;

/// <summary>
/// Who is calling, as the visibility rules need to know it. Anonymous callers and website keys read
/// public data only; staff with a network-wide role read restricted data too.
/// </summary>
internal sealed class Viewer(ClaimsPrincipal principal)
{
    private static readonly string[] NetworkWideRoles = ["ADMIN", "SECRETARIAT", "BOARD"];

    public bool IsAuthenticated => principal.Identity?.IsAuthenticated == true;

    /// <summary>True for roles that see drafts, applicants, Board meetings and other restricted rows.</summary>
    public bool SeesRestrictedData => NetworkWideRoles.Any(principal.IsInRole);
}
