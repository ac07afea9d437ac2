namespace Icn.Graph.Search;

/// <summary>
/// The bounds a search text must keep before PostgreSQL parses it (websearch_to_tsquery): a length,
/// a number of words, and at least one word to look for. A text of excluded words only would match
/// nearly every row, which the search index cannot narrow, so every row would be read and ranked.
/// </summary>
internal static class SearchText
{
    public const int MaxLength = 200;

    public const int MaxWords = 20;

    /// <summary>Says why <paramref name="text"/> (trimmed) cannot be searched for, or null when it can.</summary>
    public static string? Problem(string text)
    {
        if (text.Length == 0 || text.Length > MaxLength)
        {
            return $"'query' must have between 1 and {MaxLength} characters.";
        }

        var words = 0;
        var wanted = 0;
        var quoted = false;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var ends = c == '"' || char.IsWhiteSpace(c);
            if (!ends && start < 0)
            {
                start = i;
            }
            else if (ends && start >= 0)
            {
                // Inside quotes a '-' is part of the phrase; outside, a leading one excludes the word.
                var word = text.AsSpan(start, i - start);
                var excluded = !quoted && word[0] == '-';
                word = word.TrimStart('-');
                if (!word.IsEmpty && !(word.Equals("or", StringComparison.OrdinalIgnoreCase) && !quoted))
                {
                    words++;
                    wanted += excluded ? 0 : 1;
                }

                start = -1;
            }

            if (c == '"')
            {
                quoted = !quoted;
            }
        }

        if (words > MaxWords)
        {
            return $"'query' may have at most {MaxWords} words; it has {words}.";
        }

        return wanted == 0
            ? "'query' needs at least one word to look for, not only excluded ones."
            : null;
    }
}
