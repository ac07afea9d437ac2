namespace Icn.Domain.Knowledge;

/// <summary>The kinds of knowledge article members share.</summary>
public enum ArticleKind
{
    News,
    BestPractice,
    Guide,
    BenchmarkReport,
}
