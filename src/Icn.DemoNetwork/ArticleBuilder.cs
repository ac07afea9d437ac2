using Icn.Domain.Knowledge;

namespace Icn.DemoNetwork;

/// <summary>
/// Knowledge articles written by public clusters: mostly published over the last two years,
/// some still drafts; every slug unique.
/// </summary>
internal static class ArticleBuilder
{
    public static List<Article> Build(SeedRandom random, ReferenceClock clock, IReadOnlyList<ClusterProfile> clusters, IReadOnlyList<RegionEntry> regions, int total)
    {
        var kinds = random.Deck(Shares.Split(total, (ArticleKind.News, 45), (ArticleKind.BestPractice, 20), (ArticleKind.Guide, 20), (ArticleKind.BenchmarkReport, 15)));
        var drafts = random.Deck(Shares.Split(total, (true, 12), (false, 88)));
        var authors = clusters.Where(c => c.IsPublic).ToList();
        var slugs = new SlugRegistry();
        var articles = new List<Article>(total);
        for (var i = 0; i < total; i++)
        {
            var author = random.Pick(authors);
            var kind = kinds[i];
            var published = drafts[i] ? (DateTime?)null : clock.DaysAgo(random, 1, 720);
            var sub = random.Pick(author.FocusSubSectors);
            var slots = new TextSlots
            {
                Product = random.Pick(sub.Spec.Products),
                Topic = random.Pick(sub.Spec.Topics),
                Sector = Prose.Lower(sub.Parent.Spec.Name),
                City = author.City.Name,
                Adjective = author.Country.Adjective,
                Cluster = author.Cluster.Name,
                Partner = random.Pick([.. authors.Where(a => a != author)]).Cluster.Name,
                Region = random.Pick(regions).Spec.Name,
                Programme = random.Pick(OpportunityWords.Programmes),
                Year = Prose.Number((published?.Year ?? clock.Today.Year) - 1),
                Count = Prose.Number(random.Between(3, 24)),
            };
            var (title, slug) = slugs.ClaimTitled(() => slots.Fill(random.Pick(ArticleWords.Titles[kind])), 100);
            var article = new Article
            {
                Slug = slug,
                Title = title,
                Summary = ArticleText.Summary(random, kind, slots),
                Body = ArticleText.Body(random, kind, slots),
                Kind = kind,
                Status = published is null ? ArticleStatus.Draft : ArticleStatus.Published,
                Tags = Tags(random, kind, sub),
                AuthorId = author.Cluster.Id,
                PublishedAt = published,
            };
            article.Sectors.AddRange(sub.WithParent());
            articles.Add(Stamp(random, clock, article));
        }

        return articles;
    }

    private static List<string> Tags(SeedRandom random, ArticleKind kind, SubSector sub) =>
        [ArticleWords.KindTags[kind], sub.Entity.Slug, .. random.PickDistinct(ArticleWords.Tags, random.Between(0, 2))];

    /// <summary>Written up to two weeks before publication; drafts within the last six weeks.</summary>
    private static Article Stamp(SeedRandom random, ReferenceClock clock, Article article)
    {
        if (article.PublishedAt is not { } published)
        {
            var drafted = clock.DaysAgo(random, 1, 45);
            return article.Stamp(random, drafted, ReferenceClock.Between(random, drafted, clock.Now));
        }

        var created = ReferenceClock.Between(random, published.AddDays(-14), published.AddHours(-1));
        return article.Stamp(random, created, random.Chance(0.6) ? published : ReferenceClock.Between(random, published, clock.Now));
    }
}
