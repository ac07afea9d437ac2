using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Icn.Graph.Membership;

/// <summary>
/// Takes erased values (an address, a name) out of the texts that copied them: where a text is the
/// value, it becomes null; where a text contains it, it is replaced by <see cref="Erased"/>. Case is
/// ignored, as it is when addresses are compared. JSON is rewritten value by value, so a name that
/// happens to spell a key cannot damage the document. Values are matched as whole words.
/// </summary>
internal sealed class ErasedText
{
    /// <summary>What an erased value becomes inside a text that kept more than it.</summary>
    public const string Erased = "(erased)";

    private readonly string[] values;
    private readonly Regex? pattern;

    public ErasedText(params string?[] values)
    {
        this.values = [.. values.Select(v => v?.Trim()).OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        pattern = this.values.Length == 0
            ? null
            // Whole words only: a short name ("Al") must not take a bite out of "Annual".
            : new Regex(
                $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', this.values.OrderByDescending(v => v.Length).Select(Regex.Escape))})(?![\p{{L}}\p{{N}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The erased values, for finding the rows that hold them.</summary>
    public IReadOnlyList<string> Values => values;

    public bool IsEmpty => pattern is null;

    /// <summary>True when <paramref name="text"/> holds an erased value.</summary>
    public bool IsIn(string? text) => text is not null && pattern is not null && pattern.IsMatch(text);

    /// <summary>The text without the erased values: null when it was one of them.</summary>
    public string? In(string? text)
    {
        if (text is null || pattern is null)
        {
            return text;
        }

        return values.Any(v => string.Equals(v, text.Trim(), StringComparison.OrdinalIgnoreCase)) ? null : pattern.Replace(text, Erased);
    }

    /// <summary>A non-null text without the erased values (<see cref="Erased"/> when it was one of them).</summary>
    public string InRequired(string text) => In(text) ?? Erased;

    /// <summary>A JSON document without the erased values, each string value treated as <see cref="In"/> does.</summary>
    public string? InJson(string? json)
    {
        // Parsed every time: a serializer may have escaped the value (\u00F8), so the raw text need not show it.
        if (json is null || pattern is null)
        {
            return json;
        }

        var node = JsonNode.Parse(json);
        var scrubbed = Scrub(node);
        return JsonNode.DeepEquals(node, scrubbed) ? json : scrubbed?.ToJsonString() ?? "null";
    }

    // Built anew rather than changed in place: a node that has a parent cannot be given another.
    private JsonNode? Scrub(JsonNode? node) => node switch
    {
        JsonObject values => new JsonObject(values.Select(pair => KeyValuePair.Create(pair.Key, Scrub(pair.Value)))),
        JsonArray items => new JsonArray([.. items.Select(Scrub)]),
        JsonValue value when value.TryGetValue<string>(out var text) => In(text) is { } kept ? JsonValue.Create(kept) : null,
        _ => node?.DeepClone(),
    };
}
