using System.Buffers.Text;
using System.Text;

namespace Icn.GraphQL.Relay;

/// <summary>
/// The opaque global id of a node: base64url of "TypeName:key". Clients must treat it as opaque;
/// the type name inside lets <c>node(id)</c> find the table and lets every <c>id</c> argument
/// refuse an id of another type.
/// </summary>
public readonly record struct GlobalId(string TypeName, Guid Key)
{
    private const int MaxEncodedLength = 128;

    public static string Encode(string typeName, Guid key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{key:N}"));

    public override string ToString() => Encode(TypeName, Key);

    public static bool TryDecode(string? value, out GlobalId id)
    {
        id = default;
        if (string.IsNullOrEmpty(value) || value.Length > MaxEncodedLength || !Base64Url.IsValid(value))
        {
            return false;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Guid.TryParseExact(text.AsSpan(colon + 1), "N", out var key))
        {
            return false;
        }

        id = new GlobalId(text[..colon], key);
        return true;
    }
}
