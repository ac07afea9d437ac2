using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Content;

/// <summary>
/// Renders member-written Markdown to HTML that a website can insert as it is: CommonMark with
/// common extensions, then sanitised so no script, handler or foreign frame survives. Rendering is
/// bounded (<see cref="MarkdownBounds"/>): a write over a bound is refused with the reason
/// (<see cref="Problem"/>), and a stored text over one — or one Markdig or the sanitizer fail on —
/// is shown as escaped plain text, so reading it never fails. Renderings are kept by their text, so
/// a page listing the same bodies again does not pay for them again.
/// </summary>
internal sealed partial class MarkdownHtml(IOptions<MarkdownBounds> options, ILogger<MarkdownHtml> logger) : IDisposable
{
    private readonly MarkdownBounds bounds = options.Value;

    private readonly MemoryCache rendered = new(new MemoryCacheOptions { SizeLimit = options.Value.CacheCharacters });

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer sanitizer = new();

    /// <summary>The sanitised HTML of <paramref name="markdown"/>, or its escaped text when it cannot be rendered within the bounds.</summary>
    public string Render(string markdown)
    {
        if (rendered.TryGetValue(markdown, out string? html))
        {
            return html!;
        }

        html = RenderNow(markdown);
        rendered.Set(markdown, html, new MemoryCacheEntryOptions { Size = markdown.Length + html.Length });
        return html;
    }

    /// <summary>Says why <paramref name="markdown"/> cannot be rendered within the bounds, or null when it can.</summary>
    public string? Problem(string markdown) => Rendered(markdown).Problem;

    public void Dispose() => rendered.Dispose();

    private string RenderNow(string markdown)
    {
        var (html, problem) = Rendered(markdown);
        if (problem is not null)
        {
            LogShownAsText(logger, problem);
            return PlainTextHtml.Render(markdown);
        }

        try
        {
            return sanitizer.Sanitize(html!);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            LogShownAsText(logger, $"the sanitizer failed: {failure.GetType().Name}");
            return PlainTextHtml.Render(markdown);
        }
    }

    /// <summary>Markdig's HTML, before sanitising, or the bound it is over.</summary>
    private (string? Html, string? Problem) Rendered(string markdown)
    {
        if (MarkdownShape.Problem(markdown, bounds) is { } shape)
        {
            return (null, shape);
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit (128), reached by a nesting the scan does not see.
            return (null, $"it is nested more than {bounds.MaxNestingDepth} levels deep");
        }

        if (Depth(document) is var depth && depth > bounds.MaxNestingDepth)
        {
            return (null, $"it is nested {depth} levels deep (quotes, lists, emphasis, links); at most {bounds.MaxNestingDepth} are allowed");
        }

        var html = document.ToHtml(pipeline);
        var elements = Elements(html);
        return elements > bounds.MaxElements
            ? (null, $"it renders to {elements} HTML elements; at most {bounds.MaxElements} are allowed")
            : (html, null);
    }

    /// <summary>The deepest nesting of blocks and inlines, walked without recursion.</summary>
    private static int Depth(MarkdownDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(object Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            switch (item.Node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, item.Depth + (child is ContainerBlock ? 1 : 0)));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, item.Depth));
                    break;
                case ContainerInline inline:
                    for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, item.Depth + (child is ContainerInline ? 1 : 0)));
                    }

                    break;
            }
        }

        return deepest;
    }

    /// <summary>The opening tags in Markdig's HTML (it escapes every '&lt;' of the text, so each one left starts a tag).</summary>
    private static int Elements(string html)
    {
        var count = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            if (html[i + 1] != '/')
            {
                count++;
            }
        }

        return count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A stored Markdown text is shown as plain text: {Problem}")]
    private static partial void LogShownAsText(ILogger logger, string problem);
}
