using GraphQL;
using GraphQL.Types;
using Icn.Graph.Access;
using Icn.Graph.Data;
using Icn.Graph.Schema;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Knowledge;

internal sealed class ArticleQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
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
