using Icn.Domain.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Icn.Domain.Persistence.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.MapEntityBasics();
        article.Property(a => a.Slug).HasMaxLength(Article.SlugLength);
        article.Property(a => a.Title).HasMaxLength(Article.TitleLength);
        article.Property(a => a.Summary).HasMaxLength(Article.SummaryLength);
        article.Property(a => a.Kind).StoredAsText();
        article.Property(a => a.Status).StoredAsText();
        article.HasOne(a => a.Author).WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Cascade);
        article.MapSectors(a => a.Sectors, "article_sectors");
        article.HasIndex(a => a.Slug).IsUnique();
        article.HasIndex(a => new { a.Status, a.PublishedAt, a.Id }).IsDescending(false, true, true);
        article.HasIndex(a => new { a.PublishedAt, a.Id }).IsDescending(true, true);
        article.HasIndex(a => new { a.AuthorId, a.PublishedAt, a.Id }).IsDescending(false, true, true);
        article.HasIndex(a => new { a.Title, a.Id });
        article.HasIndex(a => a.Kind);
        article.HasTrigramIndex(nameof(Article.Title));
        article.MapSearchVector(("title", 'A'), ("summary", 'B'), ("body", 'C'));
        article.ToTable(t =>
        {
            t.HasEnumCheck<ArticleKind>("articles", "kind");
            t.HasEnumCheck<ArticleStatus>("articles", "status");
            t.HasCheckConstraint("ck_articles_slug", SqlChecks.Slug("slug"));
            t.HasCheckConstraint("ck_articles_title", SqlChecks.NotBlank("title"));
            t.HasCheckConstraint("ck_articles_published_at", "status = 'draft' OR published_at IS NOT NULL");
        });
    }
}
