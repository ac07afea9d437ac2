namespace Icn.Graph.Engine.Mutations;

// The rules of an input record's properties. Each names the limit once: the same constant the EF
// configuration uses for the column, so the API and the database cannot disagree. A description
// may say "{max}" (or "{min}") where the limit belongs; it is filled in from the rule.

/// <summary>Trimmed plain text of at most <see cref="MaxLength"/> characters, without control characters.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class TextAttribute(int maxLength) : Attribute
{
    public int MaxLength { get; } = maxLength;

    /// <summary>What the text must look like besides (an e-mail address, a phone number); any text by default.</summary>
    public TextFormat Format { get; init; }
}

/// <summary>What a [Text] field must look like besides its length.</summary>
internal enum TextFormat
{
    /// <summary>Any text.</summary>
    Plain,

    /// <summary>A plain e-mail address such as name@example.org.</summary>
    Email,

    /// <summary>A phone number in any national style.</summary>
    Phone,
}

/// <summary>Markdown text of at most <see cref="MaxLength"/> characters that renders within the Markdown bounds.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class MarkdownAttribute(int maxLength) : Attribute
{
    public int MaxLength { get; } = maxLength;
}

/// <summary>
/// A global id (or a list of them) naming a <see cref="TypeName"/>; the property holds its key.
/// A list is read without repeats and may hold at most <see cref="MaxItems"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class IdAttribute(string typeName) : Attribute
{
    public string TypeName { get; } = typeName;

    public int MaxItems { get; init; } = int.MaxValue;
}

/// <summary>
/// Text taken exactly as sent, neither trimmed nor checked by the field: its bytes matter (a
/// document whose id is its hash, a definition's JSON) or it is a key looked up as given. The
/// request's limits bound its size; what reads it checks its meaning.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class VerbatimAttribute : Attribute;

/// <summary>A whole number from <see cref="Min"/> to <see cref="Max"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class RangeAttribute(int min, int max) : Attribute
{
    public int Min { get; } = min;

    public int Max { get; } = max;
}

/// <summary>
/// A year from <see cref="Earliest"/> to the current one: a range whose end moves with the clock,
/// so it cannot be a <see cref="RangeAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class YearAttribute(int earliest) : Attribute
{
    public int Earliest { get; } = earliest;
}

/// <summary>
/// What the error says instead of "leave it out to keep its value" when a field that can be left
/// out but not cleared is sent as null (e.g. "send the counts to change" for a group of counts).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class WhenClearedAttribute(string advice) : Attribute
{
    public string Advice { get; } = advice;
}

/// <summary>A list of texts, each trimmed, non-empty and at most <see cref="MaxLength"/> long, without repeats (ignoring case).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class TextsAttribute(int maxItems, int maxLength) : Attribute
{
    public int MaxItems { get; } = maxItems;

    public int MaxLength { get; } = maxLength;
}

/// <summary>The GraphQL type of a property whose CLR type does not say it (a URL, a country code, a JSON object).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class GraphTypeAttribute(Type graphType) : Attribute
{
    public Type GraphType { get; } = graphType;
}

/// <summary>The GraphQL name and description of an input record used inside another input (a contact, a document).</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class InputTypeAttribute(string name, string description) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;
}
