using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Icn.Graph.Engine.Mutations;

/// <summary>
/// What an input record declares, read once per type: its fields in declaration order, each with
/// its GraphQL name, description, rule and whether it may be null or left out. The input type in
/// the schema and the reading of a request are both made from this one description.
/// </summary>
internal sealed class InputShape
{
    private static readonly ConcurrentDictionary<Type, InputShape> Shapes = new();

    private InputShape(Type recordType)
    {
        RecordType = recordType;
        var declared = recordType.GetCustomAttribute<InputTypeAttribute>();
        Name = declared?.Name;
        Description = declared?.Description;
        var nullability = new NullabilityInfoContext();
        Fields = [.. recordType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null)
            .OrderBy(p => p.MetadataToken)
            .Select(p => new InputField(p, nullability.Create(p)))];
    }

    public Type RecordType { get; }

    /// <summary>The GraphQL name of a record used inside another input; a mutation's own input is named after the mutation.</summary>
    public string? Name { get; }

    public string? Description { get; }

    public IReadOnlyList<InputField> Fields { get; }

    public static InputShape Of(Type recordType) => Shapes.GetOrAdd(recordType, type => new InputShape(type));

    /// <summary>Whether a CLR type is an input record of its own (declared with <see cref="InputTypeAttribute"/>).</summary>
    public static bool IsRecord(Type type) => type.GetCustomAttribute<InputTypeAttribute>() is not null;
}

/// <summary>One field of an input record.</summary>
internal sealed class InputField
{
    public InputField(PropertyInfo property, NullabilityInfo nullability)
    {
        Property = property;
        Name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
        var type = property.PropertyType;
        IsOptional = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>);
        var valueNullability = IsOptional ? nullability.GenericTypeArguments[0] : nullability;
        ValueType = IsOptional ? type.GetGenericArguments()[0] : type;
        AcceptsNull = valueNullability.ReadState == NullabilityState.Nullable || Nullable.GetUnderlyingType(ValueType) is not null;
        var plain = Nullable.GetUnderlyingType(ValueType) ?? ValueType;
        ElementType = plain != typeof(string) && plain.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(plain)
            ? plain.GetGenericArguments()[0]
            : null;
        ItemType = ElementType ?? plain;
        Text = property.GetCustomAttribute<TextAttribute>();
        Markdown = property.GetCustomAttribute<MarkdownAttribute>();
        Id = property.GetCustomAttribute<IdAttribute>();
        Range = property.GetCustomAttribute<RangeAttribute>();
        Year = property.GetCustomAttribute<YearAttribute>();
        WhenCleared = property.GetCustomAttribute<WhenClearedAttribute>()?.Advice;
        IsVerbatim = property.GetCustomAttribute<VerbatimAttribute>() is not null;
        Texts = property.GetCustomAttribute<TextsAttribute>();
        GraphType = property.GetCustomAttribute<GraphTypeAttribute>()?.GraphType;
        Description = Fill(property.GetCustomAttribute<DescriptionAttribute>()?.Description
            ?? throw new InvalidOperationException($"{property.DeclaringType!.Name}.{property.Name} has no [Description]."));
        if (ItemType == typeof(string) && Text is null && Markdown is null && Texts is null && GraphType is null && !IsVerbatim)
        {
            throw new InvalidOperationException($"{property.DeclaringType!.Name}.{property.Name} is text without a length rule ([Text], [Markdown] or [Texts]) or [Verbatim].");
        }
    }

    public PropertyInfo Property { get; }

    /// <summary>The field's GraphQL name: the property's, camelCased.</summary>
    public string Name { get; }

    public string Description { get; }

    /// <summary>Declared as <see cref="Optional{T}"/>: the caller may leave it out to keep the stored value.</summary>
    public bool IsOptional { get; }

    /// <summary>The value's type: the property's, or T of <see cref="Optional{T}"/>.</summary>
    public Type ValueType { get; }

    /// <summary>Whether null is a value the field takes (a nullable reference or value type).</summary>
    public bool AcceptsNull { get; }

    /// <summary>For a list, the type of its items; null otherwise.</summary>
    public Type? ElementType { get; }

    /// <summary>The type of one value: the item type of a list, the value type otherwise (never Nullable&lt;&gt;).</summary>
    public Type ItemType { get; }

    public TextAttribute? Text { get; }

    public MarkdownAttribute? Markdown { get; }

    public IdAttribute? Id { get; }

    public RangeAttribute? Range { get; }

    public YearAttribute? Year { get; }

    /// <summary>The advice of the error on a null for a field that cannot be cleared; null for the usual "leave it out to keep its value".</summary>
    public string? WhenCleared { get; }

    /// <summary>Text taken as sent, without a rule (<see cref="VerbatimAttribute"/>).</summary>
    public bool IsVerbatim { get; }

    public TextsAttribute? Texts { get; }

    public Type? GraphType { get; }

    public bool IsJson => ItemType == typeof(JsonObject);

    /// <summary>
    /// A description's "{max}" and "{min}" from the field's rule, so the text cannot drift from the
    /// limit; for a list of texts "{max}" is how many and "{maxLength}" how long each may be.
    /// </summary>
    private string Fill(string description)
    {
        var max = Text?.MaxLength ?? Markdown?.MaxLength ?? Range?.Max ?? Texts?.MaxItems ?? Id?.MaxItems;
        var filled = max is { } limit ? description.Replace("{max}", limit.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) : description;
        filled = Texts is { } texts ? filled.Replace("{maxLength}", texts.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) : filled;
        var min = Range?.Min ?? Year?.Earliest;
        return min is { } least ? filled.Replace("{min}", least.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) : filled;
    }
}
