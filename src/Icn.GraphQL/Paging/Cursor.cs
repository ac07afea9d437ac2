using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Icn.GraphQL.Errors;

namespace Icn.GraphQL.Paging;

/// <summary>
/// A keyset cursor: the order it belongs to, the sort key values of its row and the row's id,
/// base64url-encoded JSON. Opaque to clients; a cursor of another order or a damaged one is refused.
/// </summary>
internal static class Cursor
{
    private const int MaxLength = 1024;

    public static string Encode(string order, IReadOnlyList<object?> values, Guid id)
    {
        var json = new JsonObject
        {
            ["o"] = order,
            ["v"] = new JsonArray(values.Select(ToJson).ToArray()),
            ["i"] = id.ToString("N"),
        };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    /// <summary>The key values (converted to <paramref name="keyTypes"/>) and id of a cursor of <paramref name="order"/>.</summary>
    public static (object?[] Values, Guid Id) Decode(string cursor, string order, IReadOnlyList<Type> keyTypes, string argument)
    {
        try
        {
            if (cursor.Length <= MaxLength && Base64Url.IsValid(cursor))
            {
                var json = JsonNode.Parse(Base64Url.DecodeFromChars(cursor))!.AsObject();
                var values = json["v"]!.AsArray();
                if ((string?)json["o"] == order && values.Count == keyTypes.Count && Guid.TryParseExact((string?)json["i"], "N", out var id))
                {
                    return (values.Select((v, i) => FromJson(v, keyTypes[i])).ToArray(), id);
                }
            }
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException or OverflowException or NullReferenceException)
        {
            // Falls through to the same answer as any other cursor that is not ours.
        }

        throw new UserInputError($"'{argument}' is not a cursor of this list in this order. Use a cursor from the same field with the same 'order'.");
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        DateTime instant => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("O", CultureInfo.InvariantCulture),
        Enum member => member.ToString(),
        string text => text,
        int number => number,
        float real => real,
        _ => throw new InvalidOperationException($"Sort keys of type {value.GetType()} cannot be written into a cursor."),
    };

    private static object? FromJson(JsonNode? node, Type type)
    {
        if (node is null)
        {
            // Only a key that can be empty can hold null; anything else is not a cursor of ours.
            return !type.IsValueType || Nullable.GetUnderlyingType(type) is not null ? null : throw new FormatException("A null value for a key that cannot be empty.");
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            _ when target == typeof(DateTime) => DateTime.Parse((string)node!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            _ when target == typeof(DateOnly) => DateOnly.ParseExact((string)node!, "O", CultureInfo.InvariantCulture),
            _ when target.IsEnum => Enum.TryParse(target, (string)node!, out var member) && Enum.IsDefined(target, member!) ? member : throw new FormatException("Unknown enum value."),
            _ when target == typeof(string) => (string)node!,
            _ when target == typeof(int) => (int)node,
            _ when target == typeof(float) => (float)node,
            _ => throw new FormatException($"Unsupported cursor key type {target}."),
        };
    }
}
