using Icn.Domain.Clusters;
using Icn.Domain.Knowledge;
using Icn.Domain.Sectors;
using Icn.Graph.Clusters;
using Icn.GraphQL.Filtering;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Sectors;
using Icn.GraphQL.Sorting;

namespace Icn.Graph.Knowledge;

/// <summary>The filter and orders of every list of articles.</summary>
internal static class ArticleList
{
    public static FilterDefinition<Article> Filter { get; } = new FilterDefinition<Article>("ArticleFilter", "Conditions on an article; several fields must all hold.")
        .Id("Article")
        .String("slug", "The article's slug.", a => a.Slug)
        .String("title", "The article's title.", a => a.Title)
        .Enum<Article, ArticleKindGraphType, ArticleKind>("kind", "What kind of article it is.", a => a.Kind)
        .DateTime("publishedAt", "When the article was published.", a => a.PublishedAt)
        .Relation<Article, Cluster, ClusterFilterGraphType>("author", "The cluster that wrote the article.", a => a.Author, () => ClusterList.Filter)
        .Collection<Article, Sector, SectorFilterGraphType>("sectors", "The article's sectors.", a => a.Sectors, () => SectorFilter.Definition);

    public static SortDefinition<Article> Sort { get; } = new SortDefinition<Article>("ArticleSort", "One way to order articles.")
        .Add("title", "By title.", a => a.Title)
        .Add("publishedAt", "By publication time.", a => a.PublishedAt);

    public static ListDefinition<Article> Definition { get; } = new(
        Filter, typeof(ArticleFilterGraphType), Sort, typeof(ArticleSortGraphType),
        new SortOrder<Article>([(Sort["publishedAt"], true)]), "newest published first")
    {
        References = [ClusterPreloads.For("author", nameof(Article.Author))],
        Collection = SectorPreloads.For<Article>(a => a.Sectors, l => l.OfArticle),
        OptionalColumns = [new(nameof(Article.Body), "body", "bodyHtml")],
    };
}

internal sealed class ArticleFilterGraphType() : EntityFilterGraphType<Article>(ArticleList.Filter);

internal sealed class ArticleSortGraphType() : EntitySortGraphType<Article>(ArticleList.Sort);
