using System.Net.Mail;

namespace Icn.Graph.Mutations;

internal static class EmailAddresses
{
    /// <summary>A plain address such as name@example.org: no display name, and a host with a dot.</summary>
    public static bool IsValid(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);
}
