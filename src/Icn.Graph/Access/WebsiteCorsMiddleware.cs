using System.Security.Claims;
using System.Text.Json;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.GraphQL.Errors;
using Microsoft.Net.Http.Headers;

namespace Icn.Graph.Access;

/// <summary>
/// CORS for member websites calling /graphql from the browser with their key. A preflight is
/// answered for an origin that any active key lists (the preflight carries no key); the actual
/// request's Origin must then be one its own key lists, or it is refused with 403. Requests without
/// a key get no CORS headers, so a browser on another site cannot read them.
/// </summary>
internal sealed class WebsiteCorsMiddleware(RequestDelegate next, WebsiteOrigins websiteOrigins)
{
    private const string AllowedMethods = "GET, POST";
    private const string AllowedHeaders = "Authorization, Content-Type, Accept";
    private const int PreflightMaxAgeSeconds = 600;

    public async Task InvokeAsync(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin) || IsSameOrigin(http.Request, origin))
        {
            await next(http);
            return;
        }

        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        if (HttpMethods.IsOptions(http.Request.Method) && http.Request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod))
        {
            await AnswerPreflightAsync(http, origin);
            return;
        }

        if (http.User.Identity?.AuthenticationType == IcnClaims.ApiKeyAuthenticationType)
        {
            if (!http.User.HasClaim(ApiKeyAuthenticationHandler.OriginClaim, origin))
            {
                await RefuseAsync(http, $"This website key is not allowed from the origin {origin}; an admin can add it to the key's allowed origins.");
                return;
            }

            http.Response.Headers.AccessControlAllowOrigin = origin;
            // A site's script must see when to retry (429) and what it may revalidate (trusted documents).
            http.Response.Headers.AccessControlExposeHeaders = "Retry-After, ETag";
        }
        else if (http.Request.Headers.Authorization.ToString().StartsWith(ApiKeyAuthenticationHandler.SchemeName + " ", StringComparison.OrdinalIgnoreCase)
            && await websiteOrigins.IsAllowedAsync(origin, http.RequestAborted))
        {
            // A revoked or mistyped key from a member's site: let its script read the 401 rather
            // than an opaque CORS failure.
            http.Response.Headers.AccessControlAllowOrigin = origin;
        }

        await next(http);
    }

    private async Task AnswerPreflightAsync(HttpContext http, string origin)
    {
        if (!await websiteOrigins.IsAllowedAsync(origin, http.RequestAborted))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        http.Response.StatusCode = StatusCodes.Status204NoContent;
        http.Response.Headers.AccessControlAllowOrigin = origin;
        http.Response.Headers.AccessControlAllowMethods = AllowedMethods;
        http.Response.Headers.AccessControlAllowHeaders = AllowedHeaders;
        http.Response.Headers.AccessControlMaxAge = PreflightMaxAgeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task RefuseAsync(HttpContext http, string message)
    {
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, new { errors = new[] { new { message, extensions = new { code = ErrorCodes.Forbidden } } } }, cancellationToken: http.RequestAborted);
    }

    private static bool IsSameOrigin(HttpRequest request, string origin) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
}
