using AngleSharp.Html.Parser;
using Icn.Graph.Content;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Tests.Content;

/// <summary>Member-written Markdown becomes HTML a website can insert as it is.</summary>
public sealed class MarkdownHtmlTests : IDisposable
{
    private readonly MarkdownHtml markdown = new(Options.Create(new MarkdownBounds()), NullLogger<MarkdownHtml>.Instance);

    public void Dispose() => markdown.Dispose();

    [Fact]
    public void Markdown_is_rendered()
    {
        var html = markdown.Render("## Partners wanted\n\nWe look for **two** suppliers:\n\n- heat pumps\n- [storage](https://example.org/storage)");

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("<strong>two</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<li>heat pumps</li>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/storage\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<a href=\"#\" onclick=\"steal()\">x</a>")]
    [InlineData("![x](https://example.org/a.png \"t\"){onload=alert(1)}")]
    public void Nothing_that_runs_survives(string input)
    {
        var document = new HtmlParser().ParseDocument(markdown.Render(input));

        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, style"));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
    }
}
