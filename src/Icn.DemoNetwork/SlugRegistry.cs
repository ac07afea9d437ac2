using Icn.Domain.Common;

namespace Icn.DemoNetwork;

/// <summary>The slugs (or names) already given out in one table, so the next one is unique.</summary>
internal sealed class SlugRegistry
{
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    /// <summary>Takes <paramref name="value"/> if nobody has it yet.</summary>
    public bool TryClaim(string value) => taken.Add(value);

    /// <summary>
    /// Takes the first free value <paramref name="make"/> comes up with; after many tries a
    /// numbered one, so generation always ends even when the word lists run thin.
    /// </summary>
    public string Claim(Func<string> make)
    {
        for (var attempt = 0; attempt < 25; attempt++)
        {
            var candidate = make();
            if (TryClaim(candidate))
            {
                return candidate;
            }
        }

        var last = make();
        for (var n = 2; ; n++)
        {
            var numbered = last + " " + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (TryClaim(numbered))
            {
                return numbered;
            }
        }
    }

    /// <summary>
    /// A title whose slug nobody has yet; after many tries the last title with a numbered slug.
    /// Numbered slugs may grow past <paramref name="maxLength"/> by their suffix only.
    /// </summary>
    public (string Title, string Slug) ClaimTitled(Func<string> makeTitle, int maxLength)
    {
        for (var attempt = 0; attempt < 25; attempt++)
        {
            var title = makeTitle();
            var slug = Slugs.From(title, maxLength);
            if (TryClaim(slug))
            {
                return (title, slug);
            }
        }

        var last = makeTitle();
        return (last, ClaimUnique(Slugs.From(last, maxLength), maxLength + 8));
    }

    /// <summary>Takes <paramref name="slug"/>, or the first free "slug-2", "slug-3", ... within <paramref name="maxLength"/>.</summary>
    public string ClaimUnique(string slug, int maxLength)
    {
        if (TryClaim(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var candidate = Slugs.Numbered(slug, n, maxLength);
            if (TryClaim(candidate))
            {
                return candidate;
            }
        }
    }
}
