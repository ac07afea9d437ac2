using System.Net.Mail;

namespace Icn.Domain.Common;

/// <summary>
/// The shape an e-mail address the network writes to must have: a staff account's (also its
/// sign-in name), a cluster contact's, an applicant's. Its length is each column's own, checked
/// where the text is read.
/// </summary>
public static class EmailAddresses
{
    /// <summary>
    /// A single plain address (local@domain, the domain with a dot), no display name, comments or
    /// spaces. MailAddress alone accepts "a@b" and "a@example.org."; mail sent there would never arrive.
    /// </summary>
    public static bool IsValid(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return !address.Any(char.IsWhiteSpace)
            && MailAddress.TryCreate(address, out var parsed)
            && parsed.Address == address
            && string.IsNullOrEmpty(parsed.DisplayName)
            && parsed.Host.Contains('.', StringComparison.Ordinal)
            && !parsed.Host.EndsWith('.');
    }
}
