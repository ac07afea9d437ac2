using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

/// <summary>
/// Website key secrets: <c>icn_&lt;8 lookup characters&gt;_&lt;43 random characters&gt;</c>. The lookup
/// part finds the row by a unique index; only the SHA-256 of the whole secret is stored, compared
/// in constant time. 256 random bits make guessing pointless, so a fast hash is the right one.
/// </summary>
internal static class ApiKeySecrets
{
    private const string Scheme = "icn_";
    private const int PrefixLength = 12; // "icn_" + 8 characters
    private const string LookupAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static (string Secret, string Prefix, byte[] Hash) Generate()
    {
        var lookup = RandomNumberGenerator.GetString(LookupAlphabet, 8);
        var secret = $"{Scheme}{lookup}_{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}";
        return (secret, secret[..PrefixLength], Hash(secret));
    }

    /// <summary>The lookup prefix of something that has the shape of a secret; null otherwise.</summary>
    public static string? PrefixOf(string candidate) =>
        candidate.Length is > PrefixLength + 1 and <= 100 && candidate.StartsWith(Scheme, StringComparison.Ordinal) && candidate[PrefixLength] == '_'
            ? candidate[..PrefixLength]
            : null;

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public static bool Matches(string secret, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(secret), storedHash);
}
