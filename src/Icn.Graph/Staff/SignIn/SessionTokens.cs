using System.Globalization;
using System.Security.Claims;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Staff.SignIn;

/// <summary>
/// Identity's bearer and refresh tokens, made here rather than by the bearer handler's sign-in so
/// they carry their session: the access token names it (a claim), the refresh token also says
/// which generation it is. Both are protected by the same Data Protection keys the handler reads
/// them with, so they cannot be forged or changed.
/// </summary>
internal sealed class SessionTokens(IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time)
{
    private const string GenerationItem = "icn:session_generation";

    private BearerTokenOptions Options => bearer.Get(IdentityConstants.BearerScheme);

    public AccessTokenResponse Issue(ClaimsPrincipal user, Guid sessionId, int generation)
    {
        var identity = (ClaimsIdentity)user.Identity!;
        identity.AddClaim(new Claim(IcnClaims.Session, sessionId.ToString()));
        var now = time.GetUtcNow();
        var access = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + Options.BearerTokenExpiration };
        var refresh = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + Options.RefreshTokenExpiration };
        refresh.Items[GenerationItem] = generation.ToString(CultureInfo.InvariantCulture);
        return new AccessTokenResponse
        {
            AccessToken = Options.BearerTokenProtector.Protect(new AuthenticationTicket(user, access, IdentityConstants.BearerScheme)),
            ExpiresIn = (long)Options.BearerTokenExpiration.TotalSeconds,
            RefreshToken = Options.RefreshTokenProtector.Protect(new AuthenticationTicket(user, refresh, IdentityConstants.BearerScheme)),
        };
    }

    /// <summary>The refresh token's account, session and generation; null when it is not one of ours, is expired or names no session.</summary>
    public RefreshTokenContent? ReadRefreshToken(string? token)
    {
        var ticket = string.IsNullOrEmpty(token) ? null : Options.RefreshTokenProtector.Unprotect(token);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || SessionOf(ticket.Principal) is not { } session
            || !ticket.Properties.Items.TryGetValue(GenerationItem, out var text)
            || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var generation))
        {
            return null;
        }

        return new RefreshTokenContent(ticket.Principal, session, generation);
    }

    /// <summary>The session an access or refresh token's principal belongs to.</summary>
    public static Guid? SessionOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(IcnClaims.Session), out var session) ? session : null;
}

/// <summary>What a valid refresh token says: who, which session, which generation of its refresh token.</summary>
internal sealed record RefreshTokenContent(ClaimsPrincipal Principal, Guid SessionId, int Generation);
