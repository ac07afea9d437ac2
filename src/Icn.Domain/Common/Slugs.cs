using System.Text;

namespace Icn.Domain.Common;

/// <summary>
/// Turns names into URL slugs (^[a-z0-9]+(-[a-z0-9]+)*$) and e-mail local parts. Accents are
/// folded by a table of our own: with invariant globalization, Unicode normalisation is not
/// something to rely on. The demo generator and the write API make their slugs here, so both
/// give the same slug for the same name.
/// </summary>
public static class Slugs
{
    private static readonly Dictionary<char, string> Folds = BuildFolds();

    public static string From(string text, int maxLength = 80)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in Fold(text))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        if (result.Length > maxLength)
        {
            // Cut at a word boundary so the slug still ends on a whole word.
            var cut = result.LastIndexOf('-', maxLength);
            result = result[..(cut > 0 ? cut : maxLength)].Trim('-');
        }

        return result;
    }

    /// <summary>
    /// The <paramref name="n"/>th alternative of a taken slug: "slug-2", "slug-3", ... The slug is
    /// shortened (at a word boundary) so that it and its suffix fit in <paramref name="maxLength"/>.
    /// </summary>
    public static string Numbered(string slug, int n, int maxLength)
    {
        var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return From(slug, maxLength - suffix.Length) + suffix;
    }

    /// <summary>Lower case ASCII: accents folded, other letters kept as they are.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (Folds.TryGetValue(c, out var ascii))
            {
                folded.Append(ascii);
            }
            else
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    private static Dictionary<char, string> BuildFolds()
    {
        var folds = new Dictionary<char, string> { ['æ'] = "ae", ['ß'] = "ss", ['þ'] = "th", ['&'] = "and" };
        (string From, char To)[] singles =
        [
            ("àáâãäåąā", 'a'), ("çćč", 'c'), ("ďđð", 'd'), ("èéêëęěėē", 'e'), ("ìíîïįī", 'i'), ("ł", 'l'),
            ("ñńň", 'n'), ("òóôõöøő", 'o'), ("řŕ", 'r'), ("śšş", 's'), ("ť", 't'), ("ùúûüůűūų", 'u'), ("ýÿ", 'y'), ("źżž", 'z'),
        ];
        foreach (var (from, to) in singles)
        {
            foreach (var c in from)
            {
                folds[c] = to.ToString();
            }
        }

        return folds;
    }
}
