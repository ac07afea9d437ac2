using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Icn.Graph.Content;

/// <summary>
/// A text shown as it was written, escaped, one paragraph per block of lines: what a stored
/// Markdown text that cannot be rendered within the bounds is shown as, in linear time.
/// </summary>
internal static class PlainTextHtml
{
    /// <summary>Escapes what HTML needs escaped and leaves letters of every script readable.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(string text)
    {
        var html = new StringBuilder(text.Length + 64);
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<p>").Append(Encoder.Encode(paragraph)).Append("</p>\n");
        }

        return html.ToString();
    }
}
