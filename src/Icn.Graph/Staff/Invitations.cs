using Icn.Domain.Outbox;
using Icn.Domain.Persistence;
using Icn.Domain.Staff;
using Icn.Graph.Staff.SignIn;
using Icn.Graph.Hosting;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Staff;

/// <summary>
/// The invitation e-mail: a one-time link to choose a password, written into the outbox in the
/// same transaction as the account, so no mail goes out for an account that was not made.
/// </summary>
internal static class Invitations
{
    /// <summary>
    /// Adds the invitation message for <paramref name="user"/> (whose security stamp is set) to
    /// <paramref name="db"/>. Without an SMTP server the outbox worker logs it, which in Development
    /// is where a developer finds the link.
    /// </summary>
    public static async Task AddMessageAsync(IcnDbContext db, IServiceProvider services, StaffUser user, IReadOnlyCollection<string> roles, string invitedBy, DateTime now)
    {
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var api = services.GetRequiredService<IOptions<ApiOptions>>().Value;
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var link = LinkOf(api.PublicBaseUrl, GlobalId.Encode("User", user.Id), token);
        var expires = now + api.InvitationLifetime;
        db.OutboxMessages.Add(new OutboxMessage
        {
            // The stamp changes when the invitation is accepted, so a later invitation of the same account is a new message.
            // One message per account and stamp; the stamp itself is a secret, so only its hash is kept.
            IdempotencyKey = $"invite:{user.Id:N}:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(user.SecurityStamp ?? "")))[..16]}",
            Kind = "email",
            Recipient = user.Email!,
            Subject = "Your invitation to the ICN Network API",
            Body = $"""
                Hello {user.DisplayName},

                {invitedBy} has invited you to the International Cleantech Network's API as {string.Join(", ", roles)}.

                Choose your password with this link. It works once, until {expires:yyyy-MM-dd HH:mm} UTC:
                {link}

                If you did not expect this invitation, ignore this message.
                """,
            CreatedAt = now,
        });
    }

    /// <summary>
    /// <c>&lt;base&gt;/auth/accept-invitation#user=&lt;id&gt;&amp;token=&lt;token&gt;</c>; the page behind it POSTs both with the
    /// password. In the fragment, the token never reaches a server, a proxy's log or a Referer header.
    /// </summary>
    public static string LinkOf(Uri publicBaseUrl, string userId, string token) =>
        $"{publicBaseUrl.ToString().TrimEnd('/')}/auth/accept-invitation#user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}";
}
