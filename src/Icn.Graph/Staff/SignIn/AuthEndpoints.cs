using Icn.Domain.Staff;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Icn.Graph.Staff.SignIn;

/// <summary>
/// <c>POST /auth/login</c> and <c>POST /auth/refresh</c>, answering
/// <c>{ tokenType, accessToken, expiresIn, refreshToken }</c>; <c>POST /auth/logout</c>; and
/// <c>POST /auth/accept-invitation</c>. There is no sign-up: accounts are created by admins
/// (inviteUser), so Identity's register endpoint is deliberately not mapped.
/// </summary>
internal static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/auth");
        auth.MapPost("/login", LoginAsync);
        auth.MapPost("/refresh", RefreshAsync);
        auth.MapPost("/logout", SignOut.LogoutAsync);
        auth.MapPost("/accept-invitation", InvitationAcceptance.AcceptAsync);
        // The link in the invitation e-mail opens this page, which posts the password with the link's parameters.
        auth.MapGet("/accept-invitation", (HttpContext http, IWebHostEnvironment environment) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            return TypedResults.File(environment.WebRootFileProvider.GetFileInfo("auth/accept-invitation.html").CreateReadStream(), "text/html; charset=utf-8");
        });
        return endpoints;
    }

    private static async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest login, HttpContext http, SignInManager<StaffUser> signIn, SignInSessions sessions, SessionTokens tokens)
    {
        if (string.IsNullOrWhiteSpace(login.Email) || string.IsNullOrEmpty(login.Password))
        {
            return TypedResults.Problem("Give an email and a password.", statusCode: StatusCodes.Status400BadRequest);
        }

        var user = await signIn.UserManager.FindByEmailAsync(login.Email);
        if (user is null || !user.IsActive)
        {
            // Hash anyway: an unknown address must take as long as a wrong password, or the answer's
            // timing would tell which addresses have accounts.
            signIn.UserManager.PasswordHasher.HashPassword(new StaffUser(), login.Password);
            return Unauthorized();
        }

        // Checks the password and the lockout without signing in: the tokens are made here, with their session.
        var result = await signIn.CheckPasswordSignInAsync(user, login.Password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return Unauthorized();
        }

        var (session, generation) = await sessions.StartAsync(user.Id, http.RequestAborted);
        return Tokens(http, tokens.Issue(await signIn.CreateUserPrincipalAsync(user), session, generation));
    }

    private static async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> RefreshAsync(
        RefreshRequest refresh, HttpContext http, SessionTokens tokens, SignInManager<StaffUser> signIn, SignInSessions sessions)
    {
        if (tokens.ReadRefreshToken(refresh.RefreshToken) is not { } content
            || await signIn.ValidateSecurityStampAsync(content.Principal) is not { IsActive: true } user)
        {
            return Unauthorized();
        }

        if (await sessions.RotateAsync(content.SessionId, content.Generation, http.RequestAborted) is not { } next)
        {
            return TypedResults.Problem(
                "This refresh token was used already or its session has ended, so the session is over: sign in again.",
                statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?> { ["code"] = "SESSION_ENDED" });
        }

        return Tokens(http, tokens.Issue(await signIn.CreateUserPrincipalAsync(user), content.SessionId, next));
    }

    private static Ok<AccessTokenResponse> Tokens(HttpContext http, AccessTokenResponse tokens)
    {
        // Tokens are secrets: no cache may keep them (RFC 6749 5.1).
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(tokens);
    }

    private static ProblemHttpResult Unauthorized() =>
        // One answer for an unknown address, a wrong password, a deactivated and a locked account.
        TypedResults.Problem("Wrong email or password, or the account is not active or locked for a while after repeated failures.", statusCode: StatusCodes.Status401Unauthorized);
}

internal sealed record LoginRequest(string? Email, string? Password);

internal sealed record RefreshRequest(string? RefreshToken);
