using System.Security.Claims;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Staff.SignIn;

/// <summary>
/// A bearer token says who signed in; the database says what they may do now. A token of a
/// deactivated account, or one issued before its security stamp changed (new roles, new password),
/// stops authenticating, and so does a token of a session that has ended (signed out, or its
/// refresh token reused); the roles and the editor's cluster come from the account as it is.
/// </summary>
internal sealed class StaffClaimsTransformation(StaffSessions sessions, SignInSessions signIns, IOptions<IdentityOptions> identity, IHttpContextAccessor http) : IClaimsTransformation
{
    private const string CheckedType = "icn:session_checked";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } token
            || token.AuthenticationType == IcnClaims.ApiKeyAuthenticationType
            || principal.HasClaim(c => c.Type == CheckedType))
        {
            return principal;
        }

        var claims = identity.Value.ClaimsIdentity;
        var aborted = http.HttpContext?.RequestAborted ?? default;
        if (!Guid.TryParse(principal.FindFirstValue(claims.UserIdClaimType), out var userId)
            || await sessions.GetAsync(userId, aborted) is not { IsActive: true } session
            || session.SecurityStamp != principal.FindFirstValue(claims.SecurityStampClaimType)
            || SessionTokens.SessionOf(principal) is not { } signIn
            || !await signIns.IsLiveAsync(signIn, aborted))
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        var current = new ClaimsIdentity(
            token.Claims.Where(c => c.Type != claims.RoleClaimType && c.Type != IcnClaims.Cluster),
            token.AuthenticationType, claims.UserNameClaimType, claims.RoleClaimType);
        current.AddClaims(session.Roles.Select(role => new Claim(claims.RoleClaimType, role)));
        if (session.ClusterId is { } cluster)
        {
            current.AddClaim(new Claim(IcnClaims.Cluster, cluster.ToString()));
        }

        current.AddClaim(new Claim(CheckedType, "true"));
        return new ClaimsPrincipal(current);
    }
}
