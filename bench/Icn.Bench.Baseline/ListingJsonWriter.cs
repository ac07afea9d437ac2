using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace Icn.Bench.Baseline;

/// <summary>Streams the rows of <see cref="WebsiteListingQuery"/> as the GraphQL answer's exact shape.</summary>
internal static class ListingJsonWriter
{
    public static async Task WriteAsync(Utf8JsonWriter json, NpgsqlDataReader rows, CancellationToken cancellationToken)
    {
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("opportunities");
        json.WriteStartArray("nodes");
        while (await rows.ReadAsync(cancellationToken))
        {
            WriteNode(json, rows);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter json, NpgsqlDataReader row)
    {
        json.WriteStartObject();
        json.WriteString("title", row.GetString(0));
        json.WriteString("summary", row.GetString(1));
        json.WriteString("kind", row.GetString(2));
        WriteDate(json, "deadline", row, 3);
        json.WriteStartObject("postedBy");
        json.WriteString("name", row.GetString(4));
        json.WriteString("slug", row.GetString(5));
        json.WriteStartObject("region");
        json.WriteString("name", row.GetString(6));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("sectors");
        foreach (var sector in row.GetFieldValue<string[]>(7))
        {
            json.WriteStartObject();
            json.WriteString("name", sector);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, NpgsqlDataReader row, int ordinal)
    {
        if (row.IsDBNull(ordinal))
        {
            json.WriteNull(name);
            return;
        }

        Span<char> text = stackalloc char[10];
        row.GetFieldValue<DateOnly>(ordinal).TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        json.WriteString(name, text[..written]);
    }
}
