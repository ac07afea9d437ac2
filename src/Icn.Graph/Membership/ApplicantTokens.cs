using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Icn.Graph.Membership;

/// <summary>
/// The applicant's token: 32 random bytes, base64url (43 characters), shown once at submission.
/// Only its SHA-256 (hex) is stored; 256 random bits make guessing pointless, so a fast hash is
/// the right one, and looking the row up by the hash leaks nothing about the token itself.
/// </summary>
internal static class ApplicantTokens
{
    private const int Length = 43;

    public static (string Token, string Hash) Generate()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    /// <summary>The stored hash of <paramref name="candidate"/>; null when it does not even have a token's shape.</summary>
    public static string? HashOf(string candidate) =>
        candidate.Length == Length && Base64Url.IsValid(candidate) ? Hash(candidate) : null;

    /// <summary>Compares in constant time, so the check does not tell how much of a hash was right.</summary>
    public static bool Matches(string hash, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(storedHash));

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
