using GraphQL.Validation;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Schema;

/// <summary>
/// A cached document's coerced variables and argument values are remembered per variables: the
/// same document asked again with other variables must answer by those, and variables that do not
/// coerce must still be refused after the same document passed with good ones.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RememberedCoercionTests(ApiFixture api)
{
    private const string Listing =
        "query RememberedListing($first: Int!, $status: OpportunityStatus!) { opportunities(first: $first, where: { status: { eq: $status } }, order: [{ title: ASC }]) { nodes { title status } } }";

    [Fact]
    public void The_executer_validates_through_the_remembering_validator()
    {
        var validator = api.Factory.Services.GetRequiredService<IDocumentValidator>();

        Assert.Equal("RememberedCoercion", validator.GetType().Name);
    }

    [Fact]
    public async Task The_same_document_answers_each_time_by_its_own_variables()
    {
        await using var db = api.CreateDbContext();
        var published = await db.Opportunities.CountAsync(o => o.Status == Icn.Domain.Opportunities.OpportunityStatus.Published);
        Assert.True(published >= 3, "the demo network has at least three published opportunities");

        var answers = new Dictionary<(int First, string Status), string>();
        foreach (var round in Enumerable.Range(0, 3))
        {
            foreach (var (first, status) in new[] { (2, "PUBLISHED"), (3, "PUBLISHED"), (2, "CLOSED"), (1, "PUBLISHED") })
            {
                var response = await api.GraphQL.PostAsync(Listing, new { first, status });

                Assert.Empty(response.Errors);
                var nodes = response.Data!["opportunities"]!["nodes"]!.AsArray();
                Assert.True(nodes.Count <= first);
                Assert.All(nodes, node => Assert.Equal(status, node!["status"]!.GetValue<string>()));
                if (status == "PUBLISHED")
                {
                    Assert.Equal(first, nodes.Count);
                }

                var text = nodes.ToJsonString();
                if (round == 0)
                {
                    answers[(first, status)] = text;
                }
                else
                {
                    Assert.Equal(answers[(first, status)], text);
                }
            }
        }
    }

    [Fact]
    public async Task Variables_that_do_not_coerce_are_refused_after_good_ones_passed()
    {
        var good = await api.GraphQL.PostAsync(Listing, new { first = 2, status = "PUBLISHED" });
        var again = await api.GraphQL.PostAsync(Listing, new { first = 2, status = "PUBLISHED" });
        var badStatus = await api.GraphQL.PostAsync(Listing, new { first = 2, status = "NOT_A_STATUS" });
        var missing = await api.GraphQL.PostAsync(Listing, new { first = 2 });
        var tooMany = await api.GraphQL.PostAsync(Listing, new { first = 500, status = "PUBLISHED" });

        Assert.Empty(good.Errors);
        Assert.Empty(again.Errors);
        Assert.NotEmpty(badStatus.Errors);
        Assert.Null(badStatus.Data?["opportunities"]);
        Assert.NotEmpty(missing.Errors);
        Assert.Null(missing.Data?["opportunities"]);
        Assert.Equal("BAD_USER_INPUT", tooMany.FirstErrorCode);
    }
}
