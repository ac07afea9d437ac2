using Icn.Domain.Membership;
using Icn.Domain.Opportunities;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Lists;

[Collection(ApiCollection.Name)]
public sealed class PagingTests(ApiFixture api)
{
    [Theory]
    [InlineData("publishedAt", "DESC")]
    [InlineData("deadline", "ASC")]
    [InlineData("deadline", "DESC")]
    [InlineData("title", "ASC")]
    public async Task Walking_forwards_and_backwards_visits_every_row_once_in_the_order_sql_gives(string field, string direction)
    {
        var forward = await WalkAsync(field, direction, backwards: false);
        var backward = await WalkAsync(field, direction, backwards: true);

        await using var db = api.CreateDbContext();
        var visible = db.Opportunities.Where(o => o.Status != OpportunityStatus.Draft
            && (o.PostedBy!.Membership.Status == MembershipStatus.Member || o.PostedBy.Membership.Status == MembershipStatus.Suspended));
        var expected = await ((field, direction) switch
        {
            ("publishedAt", "DESC") => visible.OrderByDescending(o => o.PublishedAt).ThenByDescending(o => o.Id).Select(o => o.Title + "|" + o.Id).ToListAsync(),
            ("deadline", "ASC") => visible.OrderBy(o => o.Deadline).ThenBy(o => o.Id).Select(o => o.Title + "|" + o.Id).ToListAsync(),
            ("deadline", "DESC") => visible.OrderByDescending(o => o.Deadline).ThenByDescending(o => o.Id).Select(o => o.Title + "|" + o.Id).ToListAsync(),
            _ => visible.OrderBy(o => o.Title).ThenBy(o => o.Id).Select(o => o.Title + "|" + o.Id).ToListAsync(),
        });

        Assert.Equal(expected.Select(e => e.Split('|')[0]), forward);
        Assert.Equal(forward, backward);
    }

    [Theory]
    [InlineData("{ opportunities(first: 101) { totalCount } }", "between 0 and 100")]
    [InlineData("{ opportunities(last: 500) { totalCount } }", "between 0 and 100")]
    [InlineData("{ opportunities(first: -1) { totalCount } }", "between 0 and 100")]
    [InlineData("{ opportunities(first: 5, last: 5) { totalCount } }", "not both")]
    [InlineData("{ opportunities(after: \"garbage\") { totalCount } }", "not a cursor of this list")]
    [InlineData("{ opportunities(order: [{ title: ASC, deadline: DESC }]) { totalCount } }", "exactly one field")]
    [InlineData("{ opportunities(where: { id: { eq: \"UmVnaW9uOjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw\" } }) { totalCount } }", "not the id of a Opportunity")]
    public async Task Bad_paging_arguments_are_bad_user_input(string query, string message)
    {
        var response = await api.GraphQL.PostAsync(query);

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Contains(message, response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clusters", "memberCount:asc", "memberCount: ASC")]
    [InlineData("events", "startsAt:asc", "startsAt: ASC")]
    public async Task A_forged_cursor_with_null_for_a_key_that_cannot_be_empty_is_refused(string list, string signature, string order)
    {
        var forged = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(
            $"{{\"o\":\"{signature}\",\"v\":[null],\"i\":\"{Guid.NewGuid():N}\"}}"));

        var response = await api.GraphQL.PostAsync($"query($c: String) {{ {list}(after: $c, order: [{{ {order} }}]) {{ totalCount }} }}", new { c = forged });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_cursor_of_another_order_is_refused()
    {
        var byTitle = await api.GraphQL.PostAsync("{ opportunities(first: 1, order: [{ title: ASC }]) { pageInfo { endCursor } } }");
        var cursor = byTitle.Data!["opportunities"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var response = await api.GraphQL.PostAsync("query($c: String) { opportunities(after: $c) { totalCount } }", new { c = cursor });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    private async Task<List<string>> WalkAsync(string field, string direction, bool backwards)
    {
        var titles = new List<string>();
        string? cursor = null;
        var query = backwards
            ? $"query($c: String) {{ opportunities(last: 23, before: $c, order: [{{ {field}: {direction} }}]) {{ pageInfo {{ hasPreviousPage startCursor }} nodes {{ title }} }} }}"
            : $"query($c: String) {{ opportunities(first: 23, after: $c, order: [{{ {field}: {direction} }}]) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ title }} }} }}";
        for (var pages = 0; pages < 100; pages++)
        {
            var response = await api.GraphQL.PostAsync(query, new { c = cursor });
            Assert.Empty(response.Errors);
            var connection = response.Data!["opportunities"]!;
            var page = connection["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToList();
            if (backwards)
            {
                titles.InsertRange(0, page);
            }
            else
            {
                titles.AddRange(page);
            }

            var info = connection["pageInfo"]!;
            if (!info[backwards ? "hasPreviousPage" : "hasNextPage"]!.GetValue<bool>())
            {
                return titles;
            }

            cursor = info[backwards ? "startCursor" : "endCursor"]!.GetValue<string>();
        }

        throw new InvalidOperationException("Paging did not end after 100 pages.");
    }
}
