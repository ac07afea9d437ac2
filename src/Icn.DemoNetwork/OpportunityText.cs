using Icn.Domain.Opportunities;

namespace Icn.DemoNetwork;

/// <summary>Writes an opportunity's summary and Markdown body from its kind and particulars.</summary>
internal static class OpportunityText
{
    public static string Summary(SeedRandom random, OpportunityKind kind, TextSlots slots) =>
        slots.Fill(random.Pick(OpportunityWords.Summaries[kind]));

    /// <summary>Background, what is wanted as a bullet list, and how to answer.</summary>
    public static string Body(SeedRandom random, OpportunityKind kind, TextSlots slots, string postedBy)
    {
        var respond = slots.Deadline is null
            ? "Express your interest through the ICN platform. Answers are reviewed as they come in."
            : $"Express your interest through the ICN platform by {slots.Deadline}.";
        return new MarkdownText()
            .Heading("Background")
            .Paragraph(slots.Fill(random.Pick(OpportunityBodyWords.Backgrounds[kind])))
            .Heading("What we are looking for")
            .Bullets(random.PickDistinct(OpportunityBodyWords.Requirements[kind], random.Between(3, 4)).Select(slots.Fill))
            .Heading("How to respond")
            .Paragraph($"{respond} The team at {postedBy} will put you in touch, and the ICN Secretariat can help set up a first meeting.")
            .ToString();
    }
}
