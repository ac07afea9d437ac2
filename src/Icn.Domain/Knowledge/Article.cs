using Icn.Domain.Clusters;
using Icn.Domain.Common;
using Icn.Domain.Sectors;

namespace Icn.Domain.Knowledge;

/// <summary>A knowledge article: news, best practice, guide or benchmark report.</summary>
public sealed class Article : Entity
{
    public required string Slug { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    /// <summary>Markdown.</summary>
    public required string Body { get; set; }

    public ArticleKind Kind { get; set; }

    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;

    public List<string> Tags { get; set; } = [];

    public Guid AuthorId { get; set; }

    public Cluster? Author { get; set; }

    public DateTime? PublishedAt { get; set; }

    public List<Sector> Sectors { get => field ??= []; }
}
