using System.ComponentModel;
using Icn.Domain.Knowledge;
using Icn.Graph.Engine.Mutations;

namespace Icn.Graph.Knowledge;

// The inputs of the article mutations. A field of Article that editors write is declared here
// once: its GraphQL field, its rule (the limit is the entity's, as in its EF configuration) and
// how it reaches the entity. The slug is not among them: it is made from the first title.

/// <summary>The input of createArticle.</summary>
internal sealed record CreateArticleInput
{
    [Id("Cluster"), Description("The cluster writing it (an editor's own).")]
    public Guid ClusterId { get; init; }

    [Description("What kind of article it is.")]
    public ArticleKind Kind { get; init; }

    [Text(Article.TitleLength), Description("The title, at most {max} characters.")]
    public string Title { get; init; } = "";

    [Text(Article.SummaryLength), Description("A plain-text summary for lists, at most {max} characters.")]
    public string Summary { get; init; } = "";

    [Markdown(Article.BodyLength), Description("The full text, in Markdown.")]
    public string Body { get; init; } = "";

    [Texts(Article.MaxTags, Article.TagLength)]
    [Description("Free-form tags: trimmed, repeats (ignoring case) dropped, at most {max} of at most {maxLength} characters each.")]
    public IReadOnlyList<string>? Tags { get; init; }

    [Id("Sector", MaxItems = ReferenceInputs.MaxSectors), Description("Its sectors, at most {max}.")]
    public IReadOnlyList<Guid>? SectorIds { get; init; }

    /// <summary>The draft these fields describe, written by <see cref="ClusterId"/> under <paramref name="slug"/>.</summary>
    public Article ToDraft(string slug) => new()
    {
        Slug = slug,
        Kind = Kind,
        Title = Title,
        Summary = Summary,
        Body = Body,
        Tags = [.. Tags ?? []],
        AuthorId = ClusterId,
    };
}

/// <summary>The input of updateArticle: each field left out keeps its value; the slug stays.</summary>
internal sealed record UpdateArticleInput
{
    [Id("Article"), Description("The article.")]
    public Guid Id { get; init; }

    [Description("The version you last read; a stale one gets a ConflictError.")]
    public int Version { get; init; }

    [Description("What kind of article it is.")]
    public Optional<ArticleKind> Kind { get; init; }

    [Text(Article.TitleLength), Description("The title, at most {max} characters.")]
    public Optional<string> Title { get; init; }

    [Text(Article.SummaryLength), Description("A plain-text summary, at most {max} characters.")]
    public Optional<string> Summary { get; init; }

    [Markdown(Article.BodyLength), Description("The full text, in Markdown.")]
    public Optional<string> Body { get; init; }

    // An explicit null clears the tags.
    [Texts(Article.MaxTags, Article.TagLength), Description("Its tags (replacing the current ones), at most {max}.")]
    public Optional<IReadOnlyList<string>?> Tags { get; init; }

    // An explicit null keeps the sectors, as leaving the field out does.
    [Id("Sector", MaxItems = ReferenceInputs.MaxSectors), Description("Its sectors (replacing the current ones).")]
    public Optional<IReadOnlyList<Guid>?> SectorIds { get; init; }

    /// <summary>Writes the fields that were sent onto <paramref name="article"/>.</summary>
    public void ApplyTo(Article article)
    {
        article.Kind = Kind.Or(article.Kind);
        article.Title = Title.Or(article.Title);
        article.Summary = Summary.Or(article.Summary);
        article.Body = Body.Or(article.Body);
        if (Tags.IsGiven)
        {
            // A new list, not the same one changed in place: EF Core compares lists by value to see the change.
            article.Tags = [.. Tags.Value ?? []];
        }
    }
}

/// <summary>The input of publishArticle and unpublishArticle.</summary>
internal sealed record ArticleVersionInput
{
    [Id("Article"), Description("The article.")]
    public Guid Id { get; init; }

    [Description("The version you last read; a stale one gets a ConflictError.")]
    public int Version { get; init; }
}
