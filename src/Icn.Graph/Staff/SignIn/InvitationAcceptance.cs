using Icn.Domain.Audit;
using Icn.Domain.Staff;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Icn.Graph.Staff.SignIn;

/// <summary>
/// <c>POST /auth/accept-invitation</c> with <c>{ userId, token, password }</c>: the invited person
/// chooses their password with the token of their invitation link, which confirms their e-mail
/// address. Setting the password renews the security stamp, so the token cannot be used again.
/// </summary>
internal static class InvitationAcceptance
{
    public static async Task<Results<Ok<AcceptedInvitation>, ValidationProblem, ProblemHttpResult>> AcceptAsync(
        AcceptInvitationRequest request, UserManager<StaffUser> users, StaffSessions sessions)
    {
        if (string.IsNullOrEmpty(request.UserId) || string.IsNullOrEmpty(request.Token) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem("Give userId, token and password.", statusCode: StatusCodes.Status400BadRequest);
        }

        var user = GlobalId.TryDecode(request.UserId, out var id) && id.TypeName == "User"
            ? await users.FindByIdAsync(id.Key.ToString())
            : null;
        // An unknown account, a deactivated one and a used or expired token get one answer: the link is no good.
        if (user is null || !user.IsActive || user.PasswordHash is not null
            || !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, request.Token))
        {
            return InvalidLink();
        }

        using var audit = AuditScope.Begin(new AuditActor(user.Id, user.Email!, "acceptInvitation"));
        user.EmailConfirmed = true;
        var result = await users.AddPasswordAsync(user, request.Password);
        if (!result.Succeeded)
        {
            var passwordProblems = result.Errors.Where(e => e.Code.StartsWith("Password", StringComparison.Ordinal)).Select(e => e.Description).ToArray();
            return passwordProblems.Length > 0
                ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["password"] = passwordProblems }, detail: "The password does not meet the rules; the invitation link still works.")
                : InvalidLink();
        }

        sessions.Forget(user.Id);
        return TypedResults.Ok(new AcceptedInvitation(user.Email!));
    }

    private static ProblemHttpResult InvalidLink() =>
        TypedResults.Problem("This invitation link is invalid, expired or used already. Ask an admin for a new invitation.", statusCode: StatusCodes.Status400BadRequest);
}

internal sealed record AcceptInvitationRequest(string? UserId, string? Token, string? Password);

/// <summary>The answer of an accepted invitation: the address to sign in with.</summary>
internal sealed record AcceptedInvitation(string Email);
