using Icn.Domain.Clusters;
using Icn.Domain.Common;
using Icn.Domain.Sectors;

namespace Icn.Domain.Knowledge;

/// <summary>
/// A knowledge article: news, best practice, guide or benchmark report. Written as a draft,
/// published, possibly taken back to a draft; its life's rules are its methods, nothing else sets
/// its status.
/// </summary>
public sealed class Article : Entity
{
    public const int SlugLength = 120;
    public const int TitleLength = 200;
    public const int SummaryLength = 1000;
    public const int BodyLength = 100_000;
    public const int MaxTags = 20;
    public const int TagLength = 50;

    // Created in any state (history, tests); changed only by Publish and Unpublish, through the fields.
    private ArticleStatus status = ArticleStatus.Draft;
    private DateTime? publishedAt;

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    /// <summary>Markdown.</summary>
    public required string Body { get; set; }

    public ArticleKind Kind { get; set; }

    public ArticleStatus Status { get => status; init => status = value; }

    public List<string> Tags { get; set; } = [];

    public Guid AuthorId { get; set; }

    public Cluster? Author { get; set; }

    /// <summary>Set while published; a draft has none.</summary>
    public DateTime? PublishedAt { get => publishedAt; init => publishedAt = value; }

    public List<Sector> Sectors { get => field ??= []; }

    /// <summary>A draft becomes public, with <paramref name="now"/> as its publication time.</summary>
    public RuleBreak? Publish(DateTime now) => MoveTo(ArticleStatus.Published, from: ArticleStatus.Draft, now);

    /// <summary>A published article is no longer public: a draft again, its publication time cleared.</summary>
    public RuleBreak? Unpublish() => MoveTo(ArticleStatus.Draft, from: ArticleStatus.Published, publishedAt: null);

    private RuleBreak? MoveTo(ArticleStatus target, ArticleStatus from, DateTime? publishedAt)
    {
        if (Status != from)
        {
            return RuleBreak.Conflict($"Only a {Upper(from)} article can become {Upper(target)}; this one is {Upper(Status)}.");
        }

        status = target;
        this.publishedAt = publishedAt;
        return null;
    }

    private static string Upper(ArticleStatus status) => status.ToString().ToUpperInvariant();
}
