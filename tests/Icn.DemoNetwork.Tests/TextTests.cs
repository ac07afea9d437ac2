
namespace Icn.DemoNetwork.Tests;

/// <summary>Generated texts read as prose: no leftover placeholders, Markdown bodies with headings and lists.</summary>
public sealed class TextTests
{
    private static GeneratedNetwork Network => GeneratedNetworks.Default;

    public static IEnumerable<string> AllTexts() =>
        Network.Clusters.SelectMany(c => new[] { c.Name, c.Description, c.InternationalStrategy ?? string.Empty })
            .Concat(Network.Members.SelectMany(m => new[] { m.Name, m.Description ?? string.Empty }))
            .Concat(Network.Opportunities.SelectMany(o => new[] { o.Title, o.Summary, o.Body }))
            .Concat(Network.OpportunityInterests.Select(i => i.Message))
            .Concat(Network.Events.SelectMany(e => new[] { e.Title, e.Description }))
            .Concat(Network.Articles.SelectMany(a => new[] { a.Title, a.Summary, a.Body }));

    [Fact]
    public void No_placeholder_or_filler_text_is_left()
    {
        Assert.All(AllTexts(), t =>
        {
            Assert.DoesNotContain("{", t, StringComparison.Ordinal);
            Assert.DoesNotContain("}", t, StringComparison.Ordinal);
            Assert.DoesNotContain("lorem", t, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("  ", t, StringComparison.Ordinal);
            Assert.Equal(t.Trim(), t);
        });
    }

    [Fact]
    public void Bodies_are_markdown_with_a_heading_paragraphs_and_a_bullet_list()
    {
        var bodies = Network.Opportunities.Select(o => o.Body)
            .Concat(Network.Events.Select(e => e.Description))
            .Concat(Network.Articles.Select(a => a.Body));

        Assert.All(bodies, body =>
        {
            Assert.Contains("## ", body, StringComparison.Ordinal);
            Assert.Contains("\n- ", body, StringComparison.Ordinal);
            Assert.Contains("\n\n", body, StringComparison.Ordinal);
            Assert.DoesNotContain("\r", body, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Texts_vary()
    {
        Assert.True(Network.Opportunities.Select(o => o.Title).Distinct().Count() >= 290);
        Assert.True(Network.Opportunities.Select(o => o.Body).Distinct().Count() >= 290);
        Assert.True(Network.Clusters.Select(c => c.Description).Distinct().Count() == Network.Clusters.Count);
    }

    [Fact]
    public void Template_slots_fill_and_capitalise()
    {
        var slots = new TextSlots { Product = "heat pumps", City = "Aarhus" };

        Assert.Equal("Heat pumps wanted in Aarhus", slots.Fill("{Product} wanted in {city}"));
        Assert.Throws<InvalidOperationException>(() => slots.Fill("Topic: {topic}"));
    }

    [Fact]
    public void Markdown_blocks_are_separated_by_blank_lines()
    {
        var text = new MarkdownText().Heading("Title").Paragraph("Text.").Bullets(["one", "two"]).ToString();

        Assert.Equal("## Title\n\nText.\n\n- one\n- two", text);
    }
}
