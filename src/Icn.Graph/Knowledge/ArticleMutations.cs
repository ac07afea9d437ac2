using GraphQL.Types;
using Icn.Domain.Common;
using Icn.Domain.Knowledge;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Content;
using Icn.Graph.Mutations;
using Icn.Graph.Scalars;
using Icn.GraphQL.Scalars;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Knowledge;

/// <summary>
/// Writing knowledge articles: an editor drafts, edits, publishes and unpublishes their own
/// cluster's. The slug is made once from the first title and then stays, so links keep working.
/// </summary>
internal sealed class ArticleMutations : IMutationFields
{
    private const int TitleLength = 200;
    private const int SummaryLength = 1000;
    private const int BodyLength = 100_000;
    private const int SlugLength = 120;
    private const int MaxTags = 20;
    private const int TagLength = 50;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation("createArticle", "Drafts a knowledge article for a cluster; it is public once published. Its slug is made from the title (numbered when taken) and never changes.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("clusterId").Description("The cluster writing it (an editor's own).");
                input.Field<NonNullGraphType<ArticleKindGraphType>>("kind").Description("What kind of article it is.");
                input.Field<NonNullGraphType<StringGraphType>>("title").Description($"The title, at most {TitleLength} characters.");
                input.Field<NonNullGraphType<StringGraphType>>("summary").Description($"A plain-text summary for lists, at most {SummaryLength} characters.");
                input.Field<NonNullGraphType<MarkdownGraphType>>("body").Description("The full text, in Markdown.");
                input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description($"Free-form tags: trimmed, repeats (ignoring case) dropped, at most {MaxTags} of at most {TagLength} characters each.");
                input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sectorIds").Description($"Its sectors, at most {ReferenceInputs.MaxSectors}.");
            })
            .Returns<ArticleType>("article", "The new draft.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(CreateAsync);

        mutation.Mutation("updateArticle", "Changes an article; fields left out keep their value. The slug stays.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("id").Description("The article.");
                input.Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale one gets a ConflictError.");
                input.Field<ArticleKindGraphType>("kind").Description("What kind of article it is.");
                input.Field<StringGraphType>("title").Description($"The title, at most {TitleLength} characters.");
                input.Field<StringGraphType>("summary").Description($"A plain-text summary, at most {SummaryLength} characters.");
                input.Field<MarkdownGraphType>("body").Description("The full text, in Markdown.");
                input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description($"Its tags (replacing the current ones), at most {MaxTags}.");
                input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sectorIds").Description("Its sectors (replacing the current ones).");
            })
            .Returns<ArticleType>("article", "The article as changed.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(UpdateAsync);

        mutation.Mutation("publishArticle", "Publishes a draft article: it becomes public, with this moment as its publication time.")
            .Input(IdAndVersion)
            .Returns<ArticleType>("article", "The published article.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve((input, mutation) => ChangeStatusAsync(input, mutation, ArticleStatus.Published));

        mutation.Mutation("unpublishArticle", "Takes a published article back to a draft: it is no longer public, and its publication time is cleared.")
            .Input(IdAndVersion)
            .Returns<ArticleType>("article", "The article, a draft again.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve((input, mutation) => ChangeStatusAsync(input, mutation, ArticleStatus.Draft));
    }

    private static void IdAndVersion(InputObjectGraphType input)
    {
        input.Field<NonNullGraphType<IdGraphType>>("id").Description("The article.");
        input.Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale one gets a ConflictError.");
    }

    private static async Task<Payload> CreateAsync(MutationInput input, MutationContext mutation)
    {
        var clusterId = input.Id("clusterId", "Cluster");
        var title = input.Text("title", TitleLength);
        var article = new Article
        {
            Slug = "",
            Kind = input.Required<ArticleKind>("kind"),
            Title = title ?? "",
            Summary = input.Text("summary", SummaryLength) ?? "",
            Body = input.Markdown("body", BodyLength, mutation) ?? "",
            Tags = input.Texts("tags", MaxTags, TagLength) ?? [],
        };
        var sectors = await input.SectorsAsync("sectorIds", mutation);
        if (clusterId is not { } cluster)
        {
            return Payload.Failed(input.Errors);
        }

        if (mutation.RequireActingFor(cluster, input.PathOf("clusterId"), "articles") is { } forbidden)
        {
            return Payload.Failed(forbidden);
        }

        if (await mutation.RequireClusterAsync(cluster, input.PathOf("clusterId")) is { } missing)
        {
            return Payload.Failed(missing);
        }

        if (!input.IsValid)
        {
            return Payload.Failed(input.Errors);
        }

        article.AuthorId = cluster;
        article.Slug = await UniqueSlugs.ClaimAsync(mutation.Db.Articles.Select(a => a.Slug), title!, "article", SlugLength, mutation.CancellationToken);
        article.Sectors.AddRange(sectors ?? []);
        mutation.Db.Articles.Add(article);
        return await mutation.SaveAsync(article);
    }

    private static async Task<Payload> UpdateAsync(MutationInput input, MutationContext mutation)
    {
        var (article, refusal) = await LoadForChangeAsync(input, mutation, withSectors: input.Has("sectorIds"));
        if (article is null)
        {
            return refusal!;
        }

        // Any error stops the save, so a field read as null because it was wrong is never written.
        article.Kind = input.NonNull<ArticleKind>("kind") ?? article.Kind;
        if (input.Has("title") && input.Text("title", TitleLength) is { } title)
        {
            article.Title = title;
        }

        if (input.Has("summary") && input.Text("summary", SummaryLength) is { } summary)
        {
            article.Summary = summary;
        }

        if (input.Has("body") && input.Markdown("body", BodyLength, mutation) is { } body)
        {
            article.Body = body;
        }

        if (input.Has("tags"))
        {
            // A new list, not the same one changed in place: EF Core compares lists by value to see the change.
            article.Tags = input.Texts("tags", MaxTags, TagLength) ?? [];
        }

        if (input.Has("sectorIds") && await input.SectorsAsync("sectorIds", mutation) is { } sectors)
        {
            article.Sectors.ReplaceWith(sectors);
            mutation.CountLinksAsChange(article);
        }

        return await mutation.SaveAsync(article);
    }

    private static async Task<Payload> ChangeStatusAsync(MutationInput input, MutationContext mutation, ArticleStatus target)
    {
        var (article, refusal) = await LoadForChangeAsync(input, mutation, withSectors: false);
        if (article is null)
        {
            return refusal!;
        }

        var allowedFrom = target == ArticleStatus.Published ? ArticleStatus.Draft : ArticleStatus.Published;
        if (article.Status != allowedFrom)
        {
            return Payload.Failed(new ConflictUserError(
                $"Only a {Name(allowedFrom)} article can become {Name(target)}; this one is {Name(article.Status)}.",
                input.PathOf("id")));
        }

        article.Status = target;
        article.PublishedAt = target == ArticleStatus.Published ? mutation.Now : null;
        return await mutation.SaveAsync(article);
    }

    private static string Name(ArticleStatus status) => status.ToString().ToUpperInvariant();

    /// <summary>The article of <c>input.id</c>, checked for visibility, ownership and version.</summary>
    private static async Task<(Article? Article, Payload? Refusal)> LoadForChangeAsync(MutationInput input, MutationContext mutation, bool withSectors)
    {
        if (input.Id("id", "Article") is not { } id)
        {
            return (null, Payload.Failed(input.Errors));
        }

        IQueryable<Article> rows = mutation.Db.Articles;
        if (withSectors)
        {
            rows = rows.Include(a => a.Sectors);
        }

        // Another cluster's draft is invisible to an editor: NotFound, not Forbidden, so drafts do not leak.
        var article = await rows.VisibleTo(mutation.Viewer).FirstOrDefaultAsync(a => a.Id == id, mutation.CancellationToken);
        if (article is null)
        {
            return (null, Payload.Failed(new NotFoundUserError("No article you can see has this id.", input.PathOf("id"))));
        }

        var refusal = mutation.RequireActingFor(article.AuthorId, input.PathOf("id"), "articles")
            ?? mutation.RequireVersion(article, input.Required<int>("version"));
        return refusal is null ? (article, null) : (null, Payload.Failed(refusal));
    }
}
