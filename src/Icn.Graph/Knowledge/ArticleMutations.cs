using GraphQL.Types;
using Icn.Domain.Common;
using Icn.Domain.Knowledge;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Content;
using Icn.Graph.Engine.Mutations;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Knowledge;

/// <summary>
/// Writing knowledge articles: an editor drafts, edits, publishes and unpublishes their own
/// cluster's. The slug is made once from the first title and then stays, so links keep working.
/// The inputs are in ArticleInputs.cs, the rules of an article's life in <see cref="Article"/>.
/// </summary>
internal sealed class ArticleMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateArticleInput>("createArticle", "Drafts a knowledge article for a cluster; it is public once published. Its slug is made from the title (numbered when taken) and never changes.")
            .Returns<ArticleType>("article", "The new draft.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(CreateAsync);

        mutation.Mutation<UpdateArticleInput>("updateArticle", "Changes an article; fields left out keep their value. The slug stays.")
            .Returns<ArticleType>("article", "The article as changed.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(UpdateAsync);

        mutation.Mutation<ArticleVersionInput>("publishArticle", "Publishes a draft article: it becomes public, with this moment as its publication time.")
            .Returns<ArticleType>("article", "The published article.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve((input, mutation) => ChangeAsync(input, mutation, article => article.Publish(mutation.Now)));

        mutation.Mutation<ArticleVersionInput>("unpublishArticle", "Takes a published article back to a draft: it is no longer public, and its publication time is cleared.")
            .Returns<ArticleType>("article", "The article, a draft again.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve((input, mutation) => ChangeAsync(input, mutation, article => article.Unpublish()));
    }

    private static async Task<Payload> CreateAsync(CreateArticleInput input, MutationContext mutation)
    {
        var sectors = await mutation.SectorsAsync(input.SectorIds, nameof(input.SectorIds));
        var clusterPath = mutation.PathOf(nameof(input.ClusterId));
        if (mutation.RequireActingFor(input.ClusterId, clusterPath, "articles") is { } forbidden)
        {
            return Payload.Failed(forbidden);
        }

        if (await mutation.RequireClusterAsync(input.ClusterId, clusterPath) is { } missing)
        {
            return Payload.Failed(missing);
        }

        if (!mutation.InputIsValid)
        {
            // The answer is the input's errors; no slug is claimed for an article that is not written.
            return mutation.Failure;
        }

        var slug = await UniqueSlugs.ClaimAsync(mutation.Db.Articles.Select(a => a.Slug), input.Title, "article", Article.SlugLength, mutation.CancellationToken);
        var article = input.ToDraft(slug);
        article.Sectors.AddRange(sectors ?? []);
        mutation.Db.Articles.Add(article);
        return await mutation.SaveAsync(article);
    }

    private static async Task<Payload> UpdateAsync(UpdateArticleInput input, MutationContext mutation)
    {
        var (article, refusal) = await LoadForChangeAsync(input.Id, input.Version, mutation, withSectors: input.SectorIds.IsGiven);
        if (article is null)
        {
            return refusal!;
        }

        // Any error stops the save, so a field that failed its rule is never written.
        input.ApplyTo(article);
        if (input.SectorIds is { IsGiven: true, Value: var sectorIds } && await mutation.SectorsAsync(sectorIds, nameof(input.SectorIds)) is { } sectors)
        {
            article.Sectors.ReplaceWith(sectors);
            mutation.CountLinksAsChange(article);
        }

        return await mutation.SaveAsync(article);
    }

    private static async Task<Payload> ChangeAsync(ArticleVersionInput input, MutationContext mutation, Func<Article, RuleBreak?> change)
    {
        var (article, refusal) = await LoadForChangeAsync(input.Id, input.Version, mutation, withSectors: false);
        if (article is null)
        {
            return refusal!;
        }

        return change(article) is { } refused
            ? mutation.Refused(refused, nameof(input.Id))
            : await mutation.SaveAsync(article);
    }

    /// <summary>The article <paramref name="id"/>, checked for visibility, ownership and version.</summary>
    private static async Task<(Article? Article, Payload? Refusal)> LoadForChangeAsync(Guid id, int version, MutationContext mutation, bool withSectors)
    {
        IQueryable<Article> rows = mutation.Db.Articles;
        if (withSectors)
        {
            rows = rows.Include(a => a.Sectors);
        }

        // Another cluster's draft is invisible to an editor: NotFound, not Forbidden, so drafts do not leak.
        var idPath = mutation.PathOf(nameof(ArticleVersionInput.Id));
        var article = await rows.VisibleTo(mutation.Viewer).FirstOrDefaultAsync(a => a.Id == id, mutation.CancellationToken);
        if (article is null)
        {
            return (null, Payload.Failed(new NotFoundUserError("No article you can see has this id.", idPath)));
        }

        var refusal = mutation.RequireActingFor(article.AuthorId, idPath, "articles")
            ?? mutation.RequireVersion(article, version);
        return refusal is null ? (article, null) : (null, Payload.Failed(refusal));
    }
}
