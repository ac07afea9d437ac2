namespace Icn.Graph.Content;

/// <summary>
/// How much structure one Markdown text may have for it to be rendered (configuration section
/// "Content:Markdown"). Markdig and the HTML sanitizer recurse on nesting and take more than linear
/// time on some dense constructs; within these bounds rendering a text of 100,000 characters costs
/// milliseconds. A write over a bound is a ValidationError; a stored text over one is shown as plain text.
/// </summary>
internal sealed class MarkdownBounds
{
    public const string Section = "Content:Markdown";

    /// <summary>The deepest nesting of quotes, lists, list items, emphasis and links (each one level).</summary>
    public int MaxNestingDepth { get; set; } = 32;

    /// <summary>
    /// The most links (their [ or the www. or :// of a bare one) and emphasis or strikethrough
    /// markers (runs of *, _ or ~) one paragraph may hold: Markdig matches them against the rest of the paragraph.
    /// </summary>
    public int MaxMarkersPerParagraph { get; set; } = 500;

    /// <summary>The most lines a text may have: each can become a block (a list item, a table row) of its own.</summary>
    public int MaxLines { get; set; } = 5000;

    /// <summary>The most HTML elements the rendering may have: the sanitizer's time grows faster than their number.</summary>
    public int MaxElements { get; set; } = 5000;

    /// <summary>The longest text rendered at all; a longer stored one is shown as plain text.</summary>
    public int MaxLength { get; set; } = 100_000;

    /// <summary>How many characters of texts and their renderings are kept, so a text read again is not rendered again.</summary>
    public long CacheCharacters { get; set; } = 16 * 1024 * 1024;
}
