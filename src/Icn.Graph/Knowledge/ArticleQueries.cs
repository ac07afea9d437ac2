using GraphQL;
using GraphQL.Types;
using Icn.Domain.Knowledge;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Knowledge;

internal sealed class ArticleQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddConnection<ArticleType, Article>(
            "articles",
            "Knowledge articles: news, best practices, guides and benchmark reports.",
            ArticleList.Definition,
            (db, viewer) => db.Articles.AsNoTracking().VisibleTo(viewer));

        query.Field<ArticleType>("article")
            .Description("An article by its slug; null when there is none the caller may see.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The article's slug.")
            .ResolveAsync(async context =>
            {
                var slug = context.GetArgument<string>("slug");
                return await context.QueryAsync((db, viewer, cancellationToken) =>
                    db.Articles.AsNoTracking().VisibleTo(viewer).FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken));
            });
    }
}
