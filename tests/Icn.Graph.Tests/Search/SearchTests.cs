using Icn.Domain.Knowledge;
using Icn.Domain.Membership;
using Icn.Domain.Opportunities;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Search;

[Collection(ApiCollection.Name)]
public sealed class SearchTests(ApiFixture api)
{
    private const string Search = """
        query($q: String!, $first: Int, $after: String) {
          search(query: $q, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { rank node { __typename id } }
          }
        }
        """;

    [Fact]
    public async Task Results_are_ranked_and_a_title_match_ranks_above_a_body_match()
    {
        await using var db = api.CreateDbContext();
        var titled = await db.Opportunities
            .Where(o => EF.Functions.ILike(o.Title, "%hydrogen%"))
            .Select(o => o.Id).ToListAsync();

        var response = await api.GraphQL.PostAsync(Search, new { q = "hydrogen", first = 100 });

        Assert.Empty(response.Errors);
        var edges = response.Data!["search"]!["edges"]!.AsArray();
        var ranks = edges.Select(e => e!["rank"]!.GetValue<float>()).ToList();
        Assert.Equal(ranks.OrderDescending(), ranks);
        var ids = edges.Select(e => Key(e!["node"]!["id"]!.GetValue<string>())).ToList();
        var lowestTitled = ids.Select((id, index) => (id, index)).Where(p => titled.Contains(p.id)).Max(p => p.index);
        var firstBodyOnly = ids.Select((id, index) => (id, index))
            .Where(p => edges[p.index]!["node"]!["__typename"]!.GetValue<string>() == "Opportunity" && !titled.Contains(p.id))
            .Select(p => p.index).DefaultIfEmpty(int.MaxValue).Min();
        Assert.True(lowestTitled < firstBodyOnly, "An opportunity with the word only in its text ranked above one with it in the title.");
    }

    [Fact]
    public async Task Walking_the_pages_visits_every_result_once()
    {
        var all = await api.GraphQL.PostAsync(Search, new { q = "energy", first = 100 });
        var total = all.Data!["search"]!["totalCount"]!.GetValue<int>();
        var seen = new List<string>();
        string? cursor = null;
        for (var pages = 0; pages < 50; pages++)
        {
            var page = await api.GraphQL.PostAsync(Search, new { q = "energy", first = 13, after = cursor });
            Assert.Empty(page.Errors);
            seen.AddRange(page.Data!["search"]!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            if (!page.Data!["search"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            cursor = page.Data!["search"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.True(total > 13, "The query should span several pages.");
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task What_is_not_public_is_never_found()
    {
        await using var db = api.CreateDbContext();
        var draft = await db.Opportunities.Where(o => o.Status == OpportunityStatus.Draft).Select(o => new { o.Id, o.Title }).FirstAsync();
        var draftArticle = await db.Articles.Where(a => a.Status == ArticleStatus.Draft).Select(a => new { a.Id, a.Title }).FirstAsync();
        var applicant = await db.Clusters.Where(c => c.Membership.Status == MembershipStatus.Applicant).Select(c => new { c.Id, c.Name }).FirstAsync();
        var contact = await db.Clusters.Where(c => c.Membership.Status == MembershipStatus.Member && c.Contact.Email != null)
            .Select(c => new { c.Id, c.Contact.Email, c.Contact.Name }).FirstAsync();

        foreach (var (text, hidden) in new[]
        {
            (draft.Title, draft.Id), (draftArticle.Title, draftArticle.Id), (applicant.Name, applicant.Id),
            (contact.Email!, contact.Id), (contact.Name!, contact.Id),
        })
        {
            var response = await api.GraphQL.PostAsync(Search, new { q = text, first = 100 });
            Assert.Empty(response.Errors);
            var found = response.Data!["search"]!["edges"]!.AsArray().Select(e => Key(e!["node"]!["id"]!.GetValue<string>()));
            Assert.DoesNotContain(hidden, found);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_query_is_bad_user_input(string query)
    {
        var response = await api.GraphQL.PostAsync(Search, new { q = query });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task Web_search_syntax_is_parsed_by_postgresql_not_rejected()
    {
        var response = await api.GraphQL.PostAsync(Search, new { q = "\"hydrogen storage\" -tender or (battery & !!" });

        Assert.Empty(response.Errors);
    }

    private static Guid Key(string id) => GlobalId.TryDecode(id, out var decoded) ? decoded.Key : Guid.Empty;
}
