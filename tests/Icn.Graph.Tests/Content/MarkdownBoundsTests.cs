using System.Diagnostics;
using Icn.Graph.Content;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace Icn.Graph.Tests.Content;

/// <summary>
/// Markdown that Markdig or the sanitizer would recurse on without end, or spend more than linear
/// time on, is refused for writing with the reason and shown as escaped text when it is stored
/// already; everything is answered in milliseconds, and ordinary rich texts still render.
/// </summary>
public sealed class MarkdownBoundsTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Far more than rendering a bounded text of 100,000 characters costs on a busy machine; the super-linear paths took seconds.</summary>
    private static readonly TimeSpan RenderBudget = TimeSpan.FromMilliseconds(750);

    private readonly MarkdownHtml markdown = NewMarkdown();

    public void Dispose() => markdown.Dispose();

    /// <summary>Nesting thousands deep: each used to fail every read of its HTML.</summary>
    public static TheoryData<string, string> Deep() => new()
    {
        { "quotes", new string('>', 2000) + " x" },
        { "quotes with spaces", Repeat("> ", 2000) + "x" },
        { "nested lists", string.Join('\n', Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- x")) },
        { "lists on one line", Repeat("- ", 2000) + "x" },
        { "quotes and lists", Repeat("> 1. ", 2000) + "x" },
        { "emphasis", Repeat("*a ", 2000) + "x" + Repeat(" a*", 2000) },
        { "strong emphasis", Repeat("**a ", 2000) + "x" + Repeat(" a**", 2000) },
        { "strikethrough", Repeat("~~a ", 2000) + "x" + Repeat(" a~~", 2000) },
        { "links", Repeat("[", 2000) + "x" + Repeat("](u)", 2000) },
        { "images", Repeat("![", 2000) + "x" + Repeat("](u)", 2000) },
        { "brackets", Repeat("[a ", 2000) + Repeat("]", 2000) },
        { "emphasis within 32 lines", string.Join("\n", Enumerable.Range(0, 40).Select(_ => "*a")) + "x" + string.Join("\n", Enumerable.Range(0, 40).Select(_ => "a*")) },
    };

    /// <summary>100 KB of one character or one small construct: no nesting, but dense.</summary>
    public static TheoryData<string, string> Dense() => new()
    {
        { "[", Fill("[") },
        { "[a", Fill("[a") },
        { "]", Fill("]") },
        { "*", Fill("*") },
        { "*a", Fill("*a") },
        { "***a", Fill("***a") },
        { "_a", Fill("_a") },
        { "~~a", Fill("~~a") },
        { "<", Fill("<") },
        { "<a", Fill("<a") },
        { "`", Fill("`") },
        { "[](", Fill("[](") },
        { "[x](", Fill("[x](") },
        { "links, closed", Fill("[a](http://x.example/) ") },
        { "emphasis, closed", Fill("*a* ") },
        { "pipe table cells", "|" + Repeat("a|", 25_000) + "\n|" + Repeat("-|", 25_000) },
        { "pipe table rows", "|a|b|\n|:-|-:|\n" + Fill("|x|y|\n") },
        { "grid table", "+" + Repeat("-+", 16_000) + "\n|" + Repeat(" |", 16_000) + "\n+" + Repeat("-+", 16_000) },
        { "abbreviations", "*[a]: b\n\n" + Fill("a ") },
        { "definition lists", Fill("a\n: ") },
        { "list items", Fill("- a\n") },
        { "custom containers", Fill(":::\n") },
        { "link references", Repeat("[a]: b\n", 5000) + Fill("[a]\n\n") },
        { "bare links", Fill("www.a.b ") },
        { "bare links with a scheme", Fill("http://a.b ") },
        { "entities", Fill("&amp;") },
        { "lines", Fill("a\n") },
    };

    [Theory]
    [MemberData(nameof(Deep))]
    public void Deep_nesting_is_refused_for_writing_with_a_reason(string shape, string text)
    {
        // Nesting built of markers in one paragraph is caught by their number, before Markdig parses it.
        var problem = Timed(shape, () => markdown.Problem(text));

        Assert.NotNull(problem);
        Assert.Matches("nested|markers", problem);
    }

    [Theory]
    [MemberData(nameof(Deep))]
    [MemberData(nameof(Dense))]
    public void Any_stored_text_renders_or_is_shown_as_escaped_text_in_milliseconds(string shape, string text)
    {
        // A renderer of its own each time: a second rendering by the same one would come from its cache.
        var html = Timed(shape, () =>
        {
            using var renderer = NewMarkdown();
            return renderer.Render(text);
        });

        Assert.NotEmpty(html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Dense))]
    public void Checking_a_dense_text_for_writing_takes_milliseconds(string shape, string text) =>
        Timed(shape, () => markdown.Problem(text) ?? "renders");

    [Fact]
    public void A_text_over_a_bound_is_shown_as_the_escaped_text_it_is()
    {
        var html = markdown.Render(new string('>', 2000) + " <b>bold</b> & more");

        Assert.Equal("<p>" + new string('>', 2000).Replace(">", "&gt;", StringComparison.Ordinal) + " &lt;b&gt;bold&lt;/b&gt; &amp; more</p>\n", html);
    }

    [Fact]
    public void A_long_rich_text_within_the_bounds_renders()
    {
        var section = "## Work package {0}\n\nWe look for **partners** in _storage_ and ~~old~~ [new heat](https://example.org/{0}) networks.\n\n"
            + "> A quote with a list:\n> - one\n>   - two\n>     - *three*\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n| 3 | 4 |\n\n1. first\n2. second\n\n```\ncode * with _ markers [\n```\n\n";
        var text = string.Concat(Enumerable.Range(0, 120).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, section, i)));
        Assert.True(text.Length > 30_000, $"{text.Length} characters");

        Assert.Null(markdown.Problem(text));
        var html = Timed("rich", () => markdown.Render(text));
        Assert.Contains("<h2>Work package 119</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<em>three</em>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_text_over_the_longest_rendered_is_shown_as_text()
    {
        var text = "**bold** " + new string('a', 100_000);

        Assert.NotNull(markdown.Problem(text));
        Assert.StartsWith("<p>**bold** aaa", markdown.Render(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_read_again_is_not_rendered_again()
    {
        var text = "*[a]: b\n\n" + Fill("a ");

        var first = markdown.Render(text);
        var again = markdown.Render(new string(text.AsSpan()));

        Assert.Same(first, again);
    }

    private static MarkdownHtml NewMarkdown() => new(Options.Create(new MarkdownBounds()), NullLogger<MarkdownHtml>.Instance);

    private T Timed<T>(string shape, Func<T> work)
    {
        work(); // The first run pays for JIT compilation.
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        output.WriteLine($"{shape}: {clock.Elapsed.TotalMilliseconds:F1} ms");
        Assert.True(clock.Elapsed < RenderBudget, $"{shape} took {clock.Elapsed.TotalMilliseconds:F0} ms; at most {RenderBudget.TotalMilliseconds} ms expected.");
        return result;
    }

    private static string Repeat(string unit, int times) => string.Concat(Enumerable.Repeat(unit, times));

    /// <summary>About 100,000 characters of <paramref name="unit"/>.</summary>
    private static string Fill(string unit) => Repeat(unit, 100_000 / unit.Length);
}
