using System.Security.Cryptography;

namespace Icn.Graph.Staff;

/// <summary>New security stamps for accounts changed outside UserManager: random, like Identity's own.</summary>
internal static class SecurityStamps
{
    public static string New() => Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
}
