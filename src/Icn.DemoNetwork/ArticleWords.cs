using Icn.Domain.Knowledge;

namespace Icn.DemoNetwork;

/// <summary>Titles, summaries and tags of knowledge articles, per kind.</summary>
internal static class ArticleWords
{
    public static IReadOnlyDictionary<ArticleKind, string[]> Titles { get; } = new Dictionary<ArticleKind, string[]>
    {
        [ArticleKind.News] =
        [
            "{Cluster} welcomes {count} new members working on {sector}", "Pilot of {product} in {city} enters its second phase",
            "{Cluster} and {partner} sign a cooperation agreement on {topic}", "{Adjective} companies show {sector} solutions to visitors from {region}",
            "New test bed for {topic} opens in {city}", "{Cluster} members win a joint project on {topic}",
        ],
        [ArticleKind.BestPractice] =
        [
            "How {cluster} runs matchmaking days that lead to contracts", "Keeping small companies engaged in international projects: lessons from {city}",
            "Building a triple-helix board: what worked for {cluster}", "From pilot to purchase: how {cluster} helps members sell {product}",
            "Getting public buyers on board for {topic}", "Measuring what a cluster achieves: the {cluster} approach",
        ],
        [ArticleKind.Guide] =
        [
            "A practical guide to {topic}", "Getting started with an application to {programme}", "Exporting {sector} solutions to {region}: a checklist",
            "Finding partners for {topic}, step by step", "What buyers of {product} ask for, and how to answer", "Questions to ask before your first pilot on {topic}",
        ],
        [ArticleKind.BenchmarkReport] =
        [
            "Benchmark {year}: {sector} clusters in {region}", "{year} network benchmark: member growth and international projects",
            "How clusters in {region} compare on international projects ({year})", "Benchmark {year}: what {count} clusters report on {sector}",
        ],
    };

    public static IReadOnlyDictionary<ArticleKind, string[]> Summaries { get; } = new Dictionary<ArticleKind, string[]>
    {
        [ArticleKind.News] =
        [
            "News from {cluster}: what happened, who is involved and what comes next.",
            "A short update from {city} on {topic}, with the companies and partners behind it.",
        ],
        [ArticleKind.BestPractice] =
        [
            "What {cluster} learnt, what we would do again and what we would change, for other cluster managers to reuse.",
            "A cluster-management practice from {city} that other ICN members can copy, with the numbers behind it.",
        ],
        [ArticleKind.Guide] =
        [
            "A hands-on guide for member companies and cluster staff, with the steps in order and the usual pitfalls.",
            "Everything a small company needs to know before it starts working on {topic} with foreign partners.",
        ],
        [ArticleKind.BenchmarkReport] =
        [
            "Key figures from the yearly benchmark: member base, turnover bands, international projects and events attended.",
            "How ICN clusters compare, based on the self-assessments they submitted for {year}.",
        ],
    };

    public static IReadOnlyDictionary<ArticleKind, string> KindTags { get; } = new Dictionary<ArticleKind, string>
    {
        [ArticleKind.News] = "news",
        [ArticleKind.BestPractice] = "best-practice",
        [ArticleKind.Guide] = "guide",
        [ArticleKind.BenchmarkReport] = "benchmark",
    };

    public static IReadOnlyList<string> Tags { get; } =
        ["export", "matchmaking", "funding", "policy", "pilot", "smes", "procurement", "start-ups", "skills", "research", "partnerships"];
}
