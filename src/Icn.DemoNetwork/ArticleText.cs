using Icn.Domain.Knowledge;

namespace Icn.DemoNetwork;

/// <summary>Writes an article's summary and Markdown body: an opening, a headed section with a bullet list, a closing line.</summary>
internal static class ArticleText
{
    public static string Summary(SeedRandom random, ArticleKind kind, TextSlots slots) =>
        slots.Fill(random.Pick(ArticleWords.Summaries[kind]));

    public static string Body(SeedRandom random, ArticleKind kind, TextSlots slots) =>
        new MarkdownText()
            .Paragraph(slots.Fill(random.Pick(ArticleBodyWords.Openings[kind])))
            .Heading(random.Pick(ArticleBodyWords.Headings[kind]))
            .Paragraph(slots.Fill(random.Pick(ArticleBodyWords.Middles[kind])))
            .Bullets(random.PickDistinct(ArticleBodyWords.Bullets[kind], random.Between(3, 4)).Select(slots.Fill))
            .Paragraph(slots.Fill(random.Pick(ArticleBodyWords.Closings)))
            .ToString();
}
