using System.Text;

namespace Icn.DemoNetwork;

/// <summary>
/// Builds the Markdown bodies of opportunities, events and articles: headings, paragraphs and
/// bullet lists separated by blank lines, with "\n" line ends whatever the platform.
/// </summary>
internal sealed class MarkdownText
{
    private readonly StringBuilder text = new();

    public MarkdownText Heading(string title) => Block("## " + title);

    public MarkdownText Paragraph(string paragraph) => Block(paragraph);

    public MarkdownText Bullets(IEnumerable<string> items) => Block(string.Join('\n', items.Select(i => "- " + i)));

    public override string ToString() => text.ToString();

    private MarkdownText Block(string block)
    {
        if (text.Length > 0)
        {
            text.Append("\n\n");
        }

        text.Append(block);
        return this;
    }
}
