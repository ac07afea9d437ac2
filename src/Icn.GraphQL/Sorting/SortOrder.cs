using Icn.GraphQL.Errors;

namespace Icn.GraphQL.Sorting;

/// <summary>A resolved order: the requested fields with their directions, then the id.</summary>
public sealed record SortOrder<T>(IReadOnlyList<(SortField<T> Field, bool Descending)> Keys)
{
    public const int MaxEntries = 5;

    /// <summary>A short, stable name of the order, carried in cursors so one from another order is refused.</summary>
    public string Signature { get; } = string.Join(',', Keys.Select(k => k.Field.Name + (k.Descending ? ":desc" : ":asc")));

    /// <summary>Reads the <c>order</c> argument, or falls back to <paramref name="defaultOrder"/>.</summary>
    public static SortOrder<T> From(SortDefinition<T> definition, IEnumerable<object?>? entries, SortOrder<T> defaultOrder)
    {
        var list = entries?.OfType<IDictionary<string, object?>>().ToList() ?? [];
        if (list.Count == 0)
        {
            return defaultOrder;
        }

        if (list.Count > MaxEntries)
        {
            throw new UserInputError($"Order by at most {MaxEntries} fields; {list.Count} were given.");
        }

        var keys = list.Select(entry =>
        {
            var set = entry.Where(p => p.Value is not null).ToList();
            if (set.Count != 1)
            {
                throw new UserInputError($"Each {definition.TypeName} entry names exactly one field; one named {set.Count}.");
            }

            return (definition[set[0].Key], Equals(set[0].Value, "Desc"));
        }).ToList();
        return new SortOrder<T>(keys);
    }
}
