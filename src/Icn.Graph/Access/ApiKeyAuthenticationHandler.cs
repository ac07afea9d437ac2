using System.Security.Claims;
using System.Text.Encodings.Web;
using Icn.Domain.Persistence;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Access;

/// <summary>
/// Authenticates <c>Authorization: ApiKey &lt;secret&gt;</c>. An unknown, malformed or revoked key
/// fails (the caller gets 401). The key's last use is written at most once a minute, by a
/// conditional update, so a busy website does not turn its reads into writes.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<IcnDbContext> contexts,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string OriginClaim = "icn:origin";
    private static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header[(SchemeName.Length + 1)..].Trim();
        if (ApiKeySecrets.PrefixOf(secret) is not { } prefix)
        {
            return AuthenticateResult.Fail("Malformed website key.");
        }

        await using var db = await contexts.CreateDbContextAsync(Context.RequestAborted);
        var key = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Prefix == prefix)
            .Select(k => new { k.Id, k.ClusterId, k.Name, k.SecretHash, k.AllowedOrigins, k.RevokedAt, k.LastUsedAt, k.TrustedDocumentsOnly })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (key is null || !ApiKeySecrets.Matches(secret, key.SecretHash) || key.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("Unknown or revoked website key.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is null || now - key.LastUsedAt >= LastUseResolution)
        {
            var staleBefore = now - LastUseResolution;
            await db.ApiKeys
                .Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt < staleBefore))
                .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(IcnClaims.ApiKeyAuthenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, $"api-key:{key.Name}"));
        identity.AddClaim(new Claim(IcnClaims.ApiKey, key.Id.ToString()));
        identity.AddClaim(new Claim(IcnClaims.Cluster, key.ClusterId.ToString()));
        if (key.TrustedDocumentsOnly)
        {
            identity.AddClaim(new Claim(IcnClaims.TrustedDocumentsOnly, "true"));
        }

        identity.AddClaims(key.AllowedOrigins.Select(origin => new Claim(OriginClaim, origin)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
