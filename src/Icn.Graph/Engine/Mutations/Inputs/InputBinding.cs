using System.Reflection;
using Icn.Graph.Content;

namespace Icn.Graph.Engine.Mutations;

/// <summary>
/// Reads a mutation's input into its record, applying each field's rule through
/// <see cref="MutationInput"/>, so every mistake in the request is reported at once, with its path,
/// in the words the API has always used. A record read with errors still goes to the resolver, to
/// find the mistakes only it can (an unknown sector); a field whose rule failed is null there (a
/// value type keeps its default).
/// </summary>
internal static class InputBinding
{
    private static readonly MethodInfo GivenMethod = typeof(InputBinding).GetMethod(nameof(Given), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The record of <paramref name="recordType"/> read from <paramref name="input"/>; check input.IsValid before using it.</summary>
    public static object Bind(Type recordType, MutationInput input, IServiceProvider services)
    {
        var record = Activator.CreateInstance(recordType)
            ?? throw new InvalidOperationException($"{recordType.Name} needs a constructor without parameters.");
        foreach (var field in InputShape.Of(recordType).Fields)
        {
            if (!input.Has(field.Name))
            {
                continue;
            }

            var value = Read(field, input, services);
            if (value is null && field.ValueType.IsValueType && Nullable.GetUnderlyingType(field.ValueType) is null)
            {
                // The reader reported why there is no value; the property keeps its default.
                continue;
            }

            field.Property.SetValue(record, field.IsOptional ? GivenMethod.MakeGenericMethod(field.ValueType).Invoke(null, [value]) : value);
        }

        return record;
    }

    private static Optional<T> Given<T>(object? value) => Optional<T>.Given((T)value!);

    private static object? Read(InputField field, MutationInput input, IServiceProvider services)
    {
        var name = field.Name;
        if (input.Raw(name) is null)
        {
            // Sent as null: a value for a field that takes one, a mistake for a text that must not be
            // empty or for a field that can be left out but not cleared.
            if (field.Text is not null || field.Markdown is not null)
            {
                return input.Text(name, int.MaxValue, required: !field.AcceptsNull);
            }

            if (!field.AcceptsNull && field.IsOptional)
            {
                input.Invalid(name, $"'{name}' cannot be cleared; {field.WhenCleared ?? "leave it out to keep its value"}.");
            }

            return null;
        }

        return field switch
        {
            { Markdown: { } markdown } => input.Markdown(name, markdown.MaxLength, services),
            { Text: { } text } => input.Text(name, text.MaxLength, required: !field.AcceptsNull, text.Format),
            { Texts: { } texts } => input.Texts(name, texts.MaxItems, texts.MaxLength),
            { Id: { } id, ElementType: not null } => input.Ids(name, id.TypeName, id.MaxItems),
            { Id: { } id } => input.Id(name, id.TypeName),
            { Range: { } range } => input.Number(name, range.Min, range.Max),
            { Year: { } year } => input.Number(name, year.Earliest, services.GetRequiredService<TimeProvider>().GetUtcNow().Year),
            { IsJson: true } => input.JsonObject(name),
            { IsVerbatim: true } => input.Raw(name),
            { ElementType: { } element } when InputShape.IsRecord(element) => Items(field, input, services),
            _ when InputShape.IsRecord(field.ItemType) => input.Nested(name) is { } nested ? Bind(field.ItemType, nested, services) : null,
            { ElementType: { } element } => Items(element, input.Raw(name)),
            _ when field.ItemType == typeof(DateTime) => input.Instant(name),
            _ => input.Raw(name),
        };
    }

    /// <summary>A list of input records, each read under its own path (["input", "documents", "0", "body"]).</summary>
    private static object Items(InputField field, MutationInput input, IServiceProvider services)
    {
        var items = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(field.ItemType))!;
        foreach (var item in input.Items(field.Name) ?? [])
        {
            items.Add(Bind(field.ItemType, item, services));
        }

        return items;
    }

    /// <summary>A list of plain values (enum values, texts of a declared scalar), as GraphQL.NET coerced them.</summary>
    private static object Items(Type element, object? raw)
    {
        var items = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in (System.Collections.IEnumerable)raw!)
        {
            items.Add(element == typeof(string) ? item?.ToString() : item);
        }

        return items;
    }
}
