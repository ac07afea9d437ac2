using System.Net.Mail;

namespace Icn.Graph.Staff;

/// <summary>The shape an account's e-mail address must have (it is also the account's sign-in name).</summary>
internal static class EmailAddresses
{
    /// <summary>The column's length, Identity's default.</summary>
    public const int MaxLength = Icn.Domain.Staff.StaffUser.EmailLength;

    /// <summary>
    /// A single plain address (local@domain, the domain with a dot), no display name or comments.
    /// Identity's own check accepts "a@b"; an invitation sent there would never arrive.
    /// </summary>
    public static bool IsPlausible(string email) =>
        email.Length <= MaxLength
        && !email.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && string.IsNullOrEmpty(address.DisplayName)
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');
}
