using System.Security.Cryptography;
using System.Text;

namespace Icn.GraphQL.Http;

/// <summary>
/// Trusted document ids as the GraphQL over HTTP persisted documents appendix (and GraphQL.NET's
/// PersistedDocuments) name them: "sha256:" and the SHA-256 of the document's UTF-8 text in 64
/// lowercase hex digits. The stored id is the hex part alone.
/// </summary>
public static class DocumentIds
{
    public const string Prefix = "sha256:";
    private const int HexLength = 64;

    /// <summary>The hex id of a document's text: its exact bytes, so whitespace matters.</summary>
    public static string HashOf(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    /// <summary>"sha256:&lt;hex&gt;", as clients send it.</summary>
    public static string Format(string hex) => Prefix + hex;

    /// <summary>Whether <paramref name="documentId"/> is "sha256:" and 64 lowercase hex digits.</summary>
    public static bool IsWellFormed(string? documentId) =>
        documentId is not null
        && documentId.Length == Prefix.Length + HexLength
        && documentId.StartsWith(Prefix, StringComparison.Ordinal)
        && IsHex(documentId.AsSpan(Prefix.Length));

    /// <summary>Whether <paramref name="payload"/> is 64 lowercase hex digits (the stored form).</summary>
    public static bool IsHex(ReadOnlySpan<char> payload)
    {
        if (payload.Length != HexLength)
        {
            return false;
        }

        foreach (var c in payload)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What a client is told about a malformed id.</summary>
    public const string FormatDescription = "'documentId' must be \"sha256:\" followed by the 64 lowercase hex digits of the document's SHA-256";
}
