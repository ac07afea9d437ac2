namespace Icn.Graph.Content;

/// <summary>
/// A linear scan of a Markdown text, before Markdig sees it, for the shapes Markdig spends more
/// than linear time on: containers (quotes, list items) stacked on one line's start, very many
/// lines, and paragraphs dense with links and emphasis markers. Conservative: it counts a marker that
/// Markdig would read as text (inside a code span, say), never misses one it would parse.
/// </summary>
internal static class MarkdownShape
{
    /// <summary>Says which bound <paramref name="markdown"/> is over, or null when it is within them.</summary>
    public static string? Problem(string markdown, MarkdownBounds bounds)
    {
        if (markdown.Length > bounds.MaxLength)
        {
            return $"it is {markdown.Length} characters long; at most {bounds.MaxLength} are rendered";
        }

        var markers = 0;
        var lines = 0;
        var inFence = false;
        foreach (var range in markdown.AsSpan().Split('\n'))
        {
            if (++lines > bounds.MaxLines)
            {
                return $"it has more than {bounds.MaxLines} lines";
            }

            var line = markdown.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            var depth = ContainerPrefix(line, out var contentStart);
            var rest = line[contentStart..];
            if (depth > bounds.MaxNestingDepth)
            {
                return $"quotes and lists are nested {depth} deep on one line; at most {bounds.MaxNestingDepth} levels are allowed";
            }

            if (IsFence(rest))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            if (rest.IsWhiteSpace())
            {
                markers = 0;
                continue;
            }

            markers += Markers(rest);
            if (markers > bounds.MaxMarkersPerParagraph)
            {
                return $"a paragraph has more than {bounds.MaxMarkersPerParagraph} links and emphasis markers; split it with blank lines or use fewer";
            }
        }

        return null;
    }

    /// <summary>How many quote and list markers open the line, and where what follows them starts.</summary>
    private static int ContainerPrefix(ReadOnlySpan<char> line, out int contentStart)
    {
        var depth = 0;
        var i = 0;
        while (true)
        {
            // A list item indented under the one before is nested in it: two columns of indentation
            // are a level, the least a nested list needs.
            var indentation = 0;
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                indentation += line[i] == '\t' ? 4 : 1;
                i++;
            }

            if (i < line.Length && line[i] == '>')
            {
                depth += 1 + (indentation / 2);
                i++;
                continue;
            }

            if (i + 1 < line.Length && line[i] is '-' or '*' or '+' && line[i + 1] is ' ' or '\t')
            {
                depth += 1 + (indentation / 2);
                i += 2;
                continue;
            }

            var digits = i;
            while (digits < line.Length && digits - i < 9 && char.IsAsciiDigit(line[digits]))
            {
                digits++;
            }

            if (digits > i && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] is ' ' or '\t')
            {
                depth += 1 + (indentation / 2);
                i = digits + 2;
                continue;
            }

            contentStart = i;
            return depth;
        }
    }

    private static bool IsFence(ReadOnlySpan<char> line)
    {
        var text = line.TrimStart(' ');
        return text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal);
    }

    /// <summary>
    /// Link openers ([) and the starts of bare links (www., ://) one by one, and runs of *, _ or ~
    /// as one marker each; an escaped character is text.
    /// </summary>
    private static int Markers(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    count++;
                    break;
                case 'w' when line[i..].StartsWith("www.", StringComparison.OrdinalIgnoreCase):
                case ':' when line[i..].StartsWith("://", StringComparison.Ordinal):
                    count++;
                    break;
                case '*' or '_' or '~':
                    count++;
                    var run = line[i];
                    while (i + 1 < line.Length && line[i + 1] == run)
                    {
                        i++;
                    }

                    break;
            }
        }

        return count;
    }
}
