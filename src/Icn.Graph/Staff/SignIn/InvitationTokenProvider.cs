using Icn.Domain.Staff;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Staff.SignIn;

/// <summary>
/// Issues and checks the token of an invitation link. A Data Protection token that carries the
/// account's security stamp: choosing the password changes the stamp, so a link works once. It has
/// its own options, so its lifetime (days) does not become that of other Identity tokens.
/// </summary>
internal sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtection,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<StaffUser>> logger)
    : DataProtectorTokenProvider<StaffUser>(dataProtection, options, logger)
{
    public const string ProviderName = "Invitation";

    /// <summary>What the token is for; a token for another purpose is refused.</summary>
    public const string Purpose = "AcceptInvitation";
}

/// <summary>The invitation tokens' lifetime (set from <see cref="Hosting.ApiOptions.InvitationLifetime"/>).</summary>
internal sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = InvitationTokenProvider.ProviderName;
    }
}
