using System.Globalization;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;

namespace Icn.Graph.Engine.Mutations;

/// <summary>
/// A mutation's <c>input</c> as the caller sent it: which fields are present (partial updates keep
/// absent ones), their values, and the checks that turn bad values into validation errors carrying
/// the field's path. Every reader adds its error and answers null, so one request reports all its
/// mistakes at once.
/// </summary>
internal sealed class MutationInput
{
    private readonly IReadOnlyDictionary<string, object?> values;
    private readonly List<UserError> errors;
    private readonly string[] path;

    public MutationInput(IReadOnlyDictionary<string, object?> values)
        : this(values, [], ["input"])
    {
    }

    private MutationInput(IReadOnlyDictionary<string, object?> values, List<UserError> errors, string[] path)
    {
        this.values = values;
        this.errors = errors;
        this.path = path;
    }

    public IReadOnlyList<UserError> Errors => errors;

    public bool IsValid => errors.Count == 0;

    /// <summary>Whether the caller sent the field (possibly as an explicit null).</summary>
    public bool Has(string field) => values.ContainsKey(field);

    public IReadOnlyList<string> PathOf(string field) => [.. path, field];

    public void Invalid(string field, string message) => errors.Add(new ValidationUserError(message, PathOf(field)));

    public void Add(UserError error) => errors.Add(error);

    /// <summary>The value as GraphQL.NET coerced it; null when absent or null.</summary>
    public object? Raw(string field) => values.GetValueOrDefault(field);

    public T? Value<T>(string field)
        where T : struct =>
        values.TryGetValue(field, out var value) && value is T typed ? typed : null;

    /// <summary>A JSON object given to a <c>JSON</c> field; null when not given; an error when it is not an object.</summary>
    public System.Text.Json.Nodes.JsonObject? JsonObject(string field)
    {
        switch (values.GetValueOrDefault(field))
        {
            case null:
                return null;
            case System.Text.Json.Nodes.JsonObject json:
                return json;
            default:
                Invalid(field, $"'{field}' must be a JSON object.");
                return null;
        }
    }

    /// <summary>Trimmed text; null (with an error when <paramref name="required"/>) when missing or blank; an error past <paramref name="maxLength"/>.</summary>
    public string? Text(string field, int maxLength, bool required = true)
    {
        var text = (values.GetValueOrDefault(field) as string)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Invalid(field, $"'{field}' must not be empty.");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Invalid(field, $"'{field}' is {text.Length} characters long; at most {maxLength} are allowed.");
            return null;
        }

        if (HasControlCharacters(text))
        {
            Invalid(field, $"'{field}' contains control characters (such as NUL); only text, tabs and line breaks are allowed.");
            return null;
        }

        return text;
    }

    /// <summary>PostgreSQL text cannot hold NUL, and no one means other control characters in a name or a body.</summary>
    private static bool HasControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    public int? Number(string field, int min, int max)
    {
        if (Value<int>(field) is not { } number)
        {
            return null;
        }

        if (number < min || number > max)
        {
            Invalid(field, $"'{field}' must be between {min} and {max}; it is {number}.");
            return null;
        }

        return number;
    }

    /// <summary>The key of a global id that must name a <paramref name="typeName"/>.</summary>
    public Guid? Id(string field, string typeName)
    {
        // ID accepts integers too; an id of ours never is one, so any non-text value is a wrong id.
        if (values.GetValueOrDefault(field) is not { } value)
        {
            return null;
        }

        if (GlobalId.TryDecode(value as string, out var id) && id.TypeName == typeName)
        {
            return id.Key;
        }

        Invalid(field, $"'{field}' must be the id of a {typeName}.");
        return null;
    }

    /// <summary>The keys of a list of global ids of <paramref name="typeName"/>, without repeats; at most <paramref name="max"/>.</summary>
    public List<Guid>? Ids(string field, string typeName, int max)
    {
        if (values.GetValueOrDefault(field) is not IEnumerable<object?> raw)
        {
            return null;
        }

        var keys = new List<Guid>();
        foreach (var item in raw)
        {
            if (GlobalId.TryDecode(item as string, out var id) && id.TypeName == typeName)
            {
                keys.Add(id.Key);
            }
            else
            {
                Invalid(field, $"Every item of '{field}' must be the id of a {typeName}.");
                return null;
            }
        }

        keys = [.. keys.Distinct()];
        if (keys.Count > max)
        {
            Invalid(field, $"'{field}' may hold at most {max} items; it holds {keys.Count}.");
            return null;
        }

        return keys;
    }

    /// <summary>A list of texts, each trimmed and non-empty, without repeats.</summary>
    public List<string>? Texts(string field, int maxItems, int maxLength)
    {
        if (values.GetValueOrDefault(field) is not IEnumerable<object?> raw)
        {
            return null;
        }

        var texts = raw.Select(item => (item as string)?.Trim()).ToList();
        if (texts.Any(string.IsNullOrEmpty) || texts.Any(t => t!.Length > maxLength || HasControlCharacters(t)))
        {
            Invalid(field, $"Every item of '{field}' must be non-empty text of at most {maxLength} characters.");
            return null;
        }

        var distinct = texts.Distinct(StringComparer.OrdinalIgnoreCase).Cast<string>().ToList();
        if (distinct.Count > maxItems)
        {
            Invalid(field, $"'{field}' may hold at most {maxItems} items; it holds {distinct.Count}.");
            return null;
        }

        return distinct;
    }

    /// <summary>The items of a list of input objects, each reading its fields under its own path (e.g. ["input", "documents", "0", "body"]).</summary>
    public IReadOnlyList<MutationInput>? Items(string field) =>
        values.GetValueOrDefault(field) is IEnumerable<object?> raw
            ? [.. raw.Select((item, index) => new MutationInput(
                item switch
                {
                    IReadOnlyDictionary<string, object?> map => map,
                    IDictionary<string, object?> dictionary => dictionary.AsReadOnly(),
                    _ => new Dictionary<string, object?>(),
                },
                errors,
                [.. path, field, index.ToString(CultureInfo.InvariantCulture)]))]
            : null;

    /// <summary>A nested input object, whose errors carry its path and land in the same list.</summary>
    public MutationInput? Nested(string field) =>
        values.GetValueOrDefault(field) is IReadOnlyDictionary<string, object?> nested
            ? new MutationInput(nested, errors, [.. path, field])
            : values.GetValueOrDefault(field) is IDictionary<string, object?> dictionary
                ? new MutationInput(dictionary.AsReadOnly(), errors, [.. path, field])
                : null;
}
