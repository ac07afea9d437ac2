using GraphQL.Types;
using Icn.Domain.Knowledge;
using Icn.Graph.Clusters;
using Icn.Graph.Content;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Search;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Icn.Graph.Sectors;

namespace Icn.Graph.Knowledge;

internal sealed class ArticleType : ObjectGraphType<Article>
{
    public ArticleType()
    {
        this.ImplementNode("Article");
        Interface<SearchResultInterface>();
        Description = "A knowledge article: a news update, best practice, guide or benchmark report.";
        Field(a => a.Slug).Description("The article's stable, URL-friendly name.");
        Field(a => a.Title).Description("The article's title.");
        Field(a => a.Summary).Description("A short summary in plain text, for lists.");
        Field<NonNullGraphType<MarkdownGraphType>>("body").Description("The full text, in Markdown.").Resolve(context => context.Source.Body);
        Field<NonNullGraphType<StringGraphType>>("bodyHtml")
            .Description("The full text rendered to sanitised HTML.")
            .Resolve(context => context.RequestServices!.GetRequiredService<MarkdownHtml>().Render(context.Source.Body));
        Field<NonNullGraphType<ArticleStatusGraphType>>("status")
            .Description("Whether the article is a draft or published.")
            .Resolve(context => context.Source.Status);
        Field<NonNullGraphType<ArticleKindGraphType>>("kind").Description("What kind of article it is.").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags")
            .Description("Free-form tags chosen by the author.")
            .Resolve(context => context.Source.Tags);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorType>>>>("sectors")
            .Description("The cleantech sectors the article concerns, by name.")
            .Resolve(context => context.Loaders<SectorDataLoaders>().OfArticle.LoadOrKnown(context.Source.Id));
        Field<NonNullGraphType<ClusterType>>("author")
            .Description("The cluster that wrote the article.")
            // The list's page query may have read it already (ReferencePreload).
            .Resolve(context => (object?)context.Source.Author ?? context.Loaders<ClusterDataLoaders>().ById.LoadOrKnown(context.Source.AuthorId));
        Field(a => a.PublishedAt, nullable: true).Description("When the article was published; null for a draft.");
    }
}
