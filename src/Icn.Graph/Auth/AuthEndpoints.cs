using Icn.Domain.Staff;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Auth;

/// <summary>
/// <c>POST /auth/login</c> and <c>POST /auth/refresh</c>, answering
/// <c>{ tokenType, accessToken, expiresIn, refreshToken }</c>, and <c>POST /auth/accept-invitation</c>.
/// There is no sign-up: accounts are created by admins (inviteUser), so Identity's register
/// endpoint is deliberately not mapped.
/// </summary>
internal static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/auth");
        auth.MapPost("/login", LoginAsync);
        auth.MapPost("/refresh", RefreshAsync);
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

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(LoginRequest login, SignInManager<StaffUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(login.Email) || string.IsNullOrEmpty(login.Password))
        {
            return TypedResults.Problem("Give an email and a password.", statusCode: StatusCodes.Status400BadRequest);
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var user = await signIn.UserManager.FindByEmailAsync(login.Email);
        if (user is null || !user.IsActive)
        {
            // Hash anyway: an unknown address must take as long as a wrong password, or the answer's
            // timing would tell which addresses have accounts.
            signIn.UserManager.PasswordHasher.HashPassword(new StaffUser(), login.Password);
            return Unauthorized();
        }

        var result = await signIn.PasswordSignInAsync(user, login.Password, isPersistent: false, lockoutOnFailure: true);

        // On success the bearer token handler has already written the tokens.
        return result.Succeeded ? TypedResults.Empty : Unauthorized();
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest refresh, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time, SignInManager<StaffUser> signIn)
    {
        var ticket = string.IsNullOrEmpty(refresh.RefreshToken) ? null : bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refresh.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsActive: true } user)
        {
            return Unauthorized();
        }

        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static ProblemHttpResult Unauthorized() =>
        // One answer for an unknown address, a wrong password, a deactivated and a locked account.
        TypedResults.Problem("Wrong email or password, or the account is not active or locked for a while after repeated failures.", statusCode: StatusCodes.Status401Unauthorized);
}

internal sealed record LoginRequest(string? Email, string? Password);

internal sealed record RefreshRequest(string? RefreshToken);
