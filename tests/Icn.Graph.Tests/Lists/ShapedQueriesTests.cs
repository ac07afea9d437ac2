using System.Linq.Expressions;
using Icn.Domain.Opportunities;
using Icn.Domain.Persistence;
using Icn.Domain.Visibility;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.GraphQL.Filtering;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Lists;

/// <summary>
/// Queries of one shape share a compiled query: each must still answer by its own values, and a
/// query of another shape, or one the templates do not understand, by its own tree.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ShapedQueriesTests(ApiFixture api)
{
    [Fact]
    public async Task Parameter_holders_of_one_shape_answer_by_their_own_values()
    {
        await using var db = api.CreateDbContext();
        foreach (var status in new[] { OpportunityStatus.Published, OpportunityStatus.Closed, OpportunityStatus.Published, OpportunityStatus.Draft })
        {
            var query = ByStatus(db, status);
            var ids = (await ShapedQueries.ListAsync(query, db, CancellationToken.None)).Order().ToList();
            Assert.Equal((await query.ToListAsync()).Order(), ids);
            Assert.NotEmpty(ids);
        }
    }

    [Fact]
    public async Task Captured_variables_of_one_shape_answer_by_their_own_values()
    {
        await using var db = api.CreateDbContext();
        var posters = await db.Opportunities.Where(o => o.Status == OpportunityStatus.Draft).Select(o => o.PostedById).Distinct().Take(2).ToListAsync();
        Assert.Equal(2, posters.Count);
        foreach (var poster in posters.Append(posters[0]))
        {
            var query = db.Opportunities.AsNoTracking().WherePublicOrOf(poster).Where(o => o.Status == OpportunityStatus.Draft).Select(o => o.PostedById);
            var shaped = await ShapedQueries.ListAsync(query, db, CancellationToken.None);
            Assert.NotEmpty(shaped);
            Assert.All(shaped, id => Assert.Equal(poster, id));
        }
    }

    [Fact]
    public async Task A_cached_lambda_shared_by_queries_still_leaves_each_its_own_values()
    {
        await using var db = api.CreateDbContext();
        foreach (var status in new[] { OpportunityStatus.Closed, OpportunityStatus.Published, OpportunityStatus.Closed })
        {
            var query = ByStatus(db, status).Select(SameId);
            Assert.Equal((await query.ToListAsync()).Order(), (await ShapedQueries.ListAsync(query, db, CancellationToken.None)).Order());
        }
    }

    private static readonly Expression<Func<Guid, Guid>> SameId = id => id;

    [Fact]
    public async Task Literals_are_part_of_the_shape()
    {
        await using var db = api.CreateDbContext();
        foreach (var size in new[] { 3, 5, 3 })
        {
            var query = db.Opportunities.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Id).Take(size);
            Assert.Equal(await query.ToListAsync(), await ShapedQueries.ListAsync(query, db, CancellationToken.None));
        }
    }

    [Fact]
    public async Task A_query_the_templates_do_not_take_apart_runs_as_it_is()
    {
        await using var db = api.CreateDbContext();
        var publicPosters = db.Clusters.WherePublic().Select(c => c.Id);
        var query = db.Opportunities.AsNoTracking().Where(o => publicPosters.Contains(o.PostedById)).Select(o => o.Id);
        Assert.False(QueryShape.IsSupported(query.Expression));
        Assert.Equal((await query.ToListAsync()).Order(), (await ShapedQueries.ListAsync(query, db, CancellationToken.None)).Order());
    }

    private static IQueryable<Guid> ByStatus(IcnDbContext db, OpportunityStatus status)
    {
        var parameter = QueryParameter.Of(status, typeof(OpportunityStatus));
        var row = Expression.Parameter(typeof(Opportunity), "o");
        var predicate = Expression.Lambda<Func<Opportunity, bool>>(
            Expression.Equal(Expression.Property(row, nameof(Opportunity.Status)), parameter), row);
        return db.Opportunities.AsNoTracking().Where(predicate).Select(o => o.Id);
    }
}
