using Ganss.Xss;
using Markdig;

namespace Icn.Graph.Content;

/// <summary>
/// Renders member-written Markdown to HTML that a website can insert as it is: CommonMark with
/// common extensions, then sanitised so no script, handler or foreign frame survives.
/// </summary>
internal sealed class MarkdownHtml
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer sanitizer = new();

    public string Render(string markdown) => sanitizer.Sanitize(Markdown.ToHtml(markdown, pipeline));
}
