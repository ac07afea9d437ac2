using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Icn.Graph.Staff.SignIn;

/// <summary>
/// <c>POST /auth/logout</c>: ends the session of the bearer access token sent with it, or of the
/// refresh token in its body (<c>{ "refreshToken": "..." }</c>), or of both. The refresh token stops
/// working at once; the session's access tokens at once in this process and within
/// <see cref="StaffSessions.FreshFor"/> in the others. The account's other sessions go on.
/// </summary>
internal static class SignOut
{
    public static async Task<Results<NoContent, ProblemHttpResult>> LogoutAsync(HttpContext http, SessionTokens tokens, SignInSessions sessions)
    {
        var ended = new HashSet<Guid>();
        if (http.User.Identity?.IsAuthenticated == true && SessionTokens.SessionOf(http.User) is { } current)
        {
            ended.Add(current);
        }

        RefreshRequest? body;
        try
        {
            body = http.Request.HasJsonContentType() ? await http.Request.ReadFromJsonAsync<RefreshRequest>(http.RequestAborted) : null;
        }
        catch (JsonException)
        {
            return TypedResults.Problem("The body must be JSON: { \"refreshToken\": \"...\" }, or empty with a bearer token.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (body?.RefreshToken is { Length: > 0 } refreshToken)
        {
            // A refresh token that is not valid is refused as a whole rather than half-honoured.
            if (tokens.ReadRefreshToken(refreshToken) is not { } content)
            {
                return NoSession();
            }

            ended.Add(content.SessionId);
        }

        if (ended.Count == 0)
        {
            return NoSession();
        }

        foreach (var session in ended)
        {
            await sessions.EndAsync(session, SignInSessions.LoggedOut, http.RequestAborted);
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NoSession() =>
        TypedResults.Problem(
            "Send the session's bearer access token, or its refresh token as { \"refreshToken\": \"...\" }; the one sent is not valid or has expired.",
            statusCode: StatusCodes.Status401Unauthorized,
            extensions: new Dictionary<string, object?> { ["code"] = "UNAUTHENTICATED" });
}
