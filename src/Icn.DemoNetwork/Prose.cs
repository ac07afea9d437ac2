namespace Icn.DemoNetwork;

/// <summary>Small helpers for writing English sentences out of lists and names.</summary>
internal static class Prose
{
    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>A sector name as it reads mid-sentence ("Hydrogen" becomes "hydrogen").</summary>
    public static string Lower(string sectorName) =>
        sectorName.Length == 0 ? sectorName : string.Concat(char.ToLowerInvariant(sectorName[0]).ToString(), sectorName.AsSpan(1));

    /// <summary>"Circular economy and waste" as it reads in a name: "Circular Economy and Waste".</summary>
    public static string TitleCase(string phrase) =>
        string.Join(' ', phrase.Split(' ').Select(w => w is "and" or "of" or "for" ? w : TextSlots.Capitalise(w)));

    public static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"12 March 2026": how dates read in English prose, independent of the host's culture.</summary>
    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"Norvind Energy" for "Norvind Energy ApS": what a company's web address is made of.</summary>
    public static string WithoutLegalForm(CountrySpec country, string name)
    {
        foreach (var form in country.LegalForms)
        {
            var at = form.IndexOf("{0}", StringComparison.Ordinal);
            var (prefix, suffix) = (form[..at], form[(at + 3)..]);
            if (name.Length > prefix.Length + suffix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[prefix.Length..^suffix.Length];
            }
        }

        return name;
    }

    /// <summary>The company or organisation name in a country's legal form, e.g. "{0} ApS".</summary>
    public static string WithLegalForm(string legalForm, string name) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, legalForm, name);
}
