using Icn.Domain.Knowledge;

namespace Icn.DemoNetwork;

/// <summary>The paragraphs, section headings and bullets article bodies are made of, per kind.</summary>
internal static class ArticleBodyWords
{
    public static IReadOnlyDictionary<ArticleKind, string[]> Openings { get; } = new Dictionary<ArticleKind, string[]>
    {
        [ArticleKind.News] =
        [
            "This month {cluster} has good news to share from {city}. The work on {topic} that started last year is now bearing fruit, and more companies want to take part.",
            "Companies and researchers in {city} have reached a milestone on {topic}. The partners presented their results to local politicians and to guests from other clusters.",
        ],
        [ArticleKind.BestPractice] =
        [
            "Cluster managers often ask us how we keep members active between events. This article describes what we do, what it costs and what it brings.",
            "Three years ago we changed the way we work on {topic}. Here is what we changed, and why we would recommend it to other clusters.",
        ],
        [ArticleKind.Guide] =
        [
            "This guide is for companies that have a working solution in {sector} and want to take the next step abroad. It follows the order in which questions usually come up.",
            "Many members ask the same questions about {topic}. We collected the answers in one place, with links to the people in the network who can help.",
        ],
        [ArticleKind.BenchmarkReport] =
        [
            "Every year ICN clusters submit a short self-assessment. This report sums up the figures for {year} and compares them with the year before.",
            "The benchmark helps clusters see where they stand and learn from each other. This edition looks at {sector} in particular.",
        ],
    };

    public static IReadOnlyDictionary<ArticleKind, string[]> Headings { get; } = new Dictionary<ArticleKind, string[]>
    {
        [ArticleKind.News] = ["What happens next", "Who is involved", "Why it matters"],
        [ArticleKind.BestPractice] = ["What we did", "What it took", "What we learnt"],
        [ArticleKind.Guide] = ["Step by step", "Before you start", "Common pitfalls"],
        [ArticleKind.BenchmarkReport] = ["Key figures", "Trends", "How to read the figures"],
    };

    public static IReadOnlyDictionary<ArticleKind, string[]> Middles { get; } = new Dictionary<ArticleKind, string[]>
    {
        [ArticleKind.News] = ["The partners will now look for customers in {region}, with support from the ICN network.", "A second round is planned for next year, and the cluster is looking for more participants."],
        [ArticleKind.BestPractice] = ["The most important lesson is to start small: one sector, one partner region and a clear offer to members.", "It took one person half of their time for a year, and a small budget for travel and events."],
        [ArticleKind.Guide] = ["Work through the points below before the first meeting with a foreign partner; most of them take less than a day.", "Most problems we see come from unclear roles, so agree early on who leads and who pays."],
        [ArticleKind.BenchmarkReport] = ["Figures are self-reported and rounded; turnover is given in bands so that clusters stay comparable and discreet.", "Growth was strongest in clusters that took part in at least two matchmaking events."],
    };

    public static IReadOnlyDictionary<ArticleKind, string[]> Bullets { get; } = new Dictionary<ArticleKind, string[]>
    {
        [ArticleKind.News] = ["Partners from {count} countries", "Pilot site in {city}", "Focus on {topic}", "Open to new members of the consortium", "Results to be shared at the next ICN matchmaking event"],
        [ArticleKind.BestPractice] = ["Set clear goals with the board", "Involve companies, research and public partners from the start", "Follow up every event within two weeks", "Share results with the whole network", "Keep the offer simple"],
        [ArticleKind.Guide] = ["Check the standards and certification needed in the target market", "Prepare a one-page profile in English", "Ask your cluster for introductions", "Budget for at least two visits", "Agree on intellectual property before the pilot starts"],
        [ArticleKind.BenchmarkReport] = ["{count} clusters submitted figures", "More clusters report international projects than the year before", "Events attended went up in most regions", "The median cluster employs a small team of staff", "{Sector} remains one of the most common focus areas"],
    };

    public static IReadOnlyList<string> Closings { get; } =
    [
        "Want to know more? Contact {cluster} through the ICN platform.",
        "Questions and ideas are welcome: reach the team at {cluster} through the network.",
        "We will report on the next steps in a later update.",
    ];
}
