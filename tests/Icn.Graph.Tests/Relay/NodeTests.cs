using Icn.Domain.Events;
using Icn.Domain.Knowledge;
using Icn.Domain.Membership;
using Icn.Domain.Opportunities;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Relay;

[Collection(ApiCollection.Name)]
public sealed class NodeTests(ApiFixture api)
{
    private const string NodeQuery = "query($id: ID!) { node(id: $id) { __typename id } }";

    [Fact]
    public async Task Every_public_entity_type_is_refetchable_by_its_id()
    {
        await using var db = api.CreateDbContext();
        var ids = new Dictionary<string, Guid>
        {
            ["Region"] = await db.Regions.Select(r => r.Id).FirstAsync(),
            ["Sector"] = await db.Sectors.Select(s => s.Id).FirstAsync(),
            ["Cluster"] = await db.Clusters.Where(c => c.Membership.Status == MembershipStatus.Member).Select(c => c.Id).FirstAsync(),
            ["Member"] = await db.Members.Where(m => m.Cluster!.Membership.Status == MembershipStatus.Member).Select(m => m.Id).FirstAsync(),
            ["Opportunity"] = await db.Opportunities.Where(o => o.Status == OpportunityStatus.Published && o.PostedBy!.Membership.Status == MembershipStatus.Member).Select(o => o.Id).FirstAsync(),
            ["Event"] = await db.Events.Where(e => e.Kind == EventKind.Matchmaking && e.Host!.Membership.Status == MembershipStatus.Member).Select(e => e.Id).FirstAsync(),
            ["Article"] = await db.Articles.Where(a => a.Status == ArticleStatus.Published && a.Author!.Membership.Status == MembershipStatus.Member).Select(a => a.Id).FirstAsync(),
        };

        foreach (var (typeName, key) in ids)
        {
            var id = GlobalId.Encode(typeName, key);
            var response = await api.GraphQL.PostAsync(NodeQuery, new { id });

            Assert.Empty(response.Errors);
            Assert.Equal(typeName, response.Data!["node"]!["__typename"]!.GetValue<string>());
            Assert.Equal(id, response.Data!["node"]!["id"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Restricted_rows_answer_null_exactly_like_missing_ones()
    {
        await using var db = api.CreateDbContext();
        var hidden = new[]
        {
            GlobalId.Encode("Cluster", await db.Clusters.Where(c => c.Membership.Status == MembershipStatus.Applicant).Select(c => c.Id).FirstAsync()),
            GlobalId.Encode("Cluster", await db.Clusters.Where(c => c.Membership.Status == MembershipStatus.Former).Select(c => c.Id).FirstAsync()),
            GlobalId.Encode("Opportunity", await db.Opportunities.Where(o => o.Status == OpportunityStatus.Draft).Select(o => o.Id).FirstAsync()),
            GlobalId.Encode("Event", await db.Events.Where(e => e.Kind == EventKind.BoardMeeting).Select(e => e.Id).FirstAsync()),
            GlobalId.Encode("Article", await db.Articles.Where(a => a.Status == ArticleStatus.Draft).Select(a => a.Id).FirstAsync()),
            GlobalId.Encode("Member", await db.Members.Where(m => m.Cluster!.Membership.Status == MembershipStatus.Applicant).Select(m => m.Id).FirstAsync()),
        };
        var missing = GlobalId.Encode("Cluster", Guid.NewGuid());

        var missingAnswer = await api.GraphQL.PostAsync(NodeQuery, new { id = missing });
        foreach (var id in hidden)
        {
            var answer = await api.GraphQL.PostAsync(NodeQuery, new { id });
            Assert.Equal(missingAnswer.Pretty, answer.Pretty);
        }

        Assert.Null(missingAnswer.Data!["node"]);
        Assert.Empty(missingAnswer.Errors);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("")]
    [InlineData("Q2x1c3Rlcjp4eXo")]
    [InlineData("VW5rbm93bjowMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMA")]
    public async Task A_malformed_or_foreign_id_is_bad_user_input(string id)
    {
        var response = await api.GraphQL.PostAsync(NodeQuery, new { id });

        Assert.Equal(200, response.Status);
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        Assert.Equal("node", response.Errors[0]!["path"]![0]!.GetValue<string>());
        Assert.Null(response.Data!["node"]);
    }

    [Fact]
    public async Task Nodes_answers_in_the_order_asked_with_null_for_what_cannot_be_seen()
    {
        await using var db = api.CreateDbContext();
        var region = GlobalId.Encode("Region", await db.Regions.OrderBy(r => r.Name).Select(r => r.Id).FirstAsync());
        var draft = GlobalId.Encode("Opportunity", await db.Opportunities.Where(o => o.Status == OpportunityStatus.Draft).Select(o => o.Id).FirstAsync());
        var sector = GlobalId.Encode("Sector", await db.Sectors.OrderBy(s => s.Name).Select(s => s.Id).FirstAsync());

        var response = await api.GraphQL.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { sector, draft, region, sector } });

        Assert.Empty(response.Errors);
        var nodes = response.Data!["nodes"]!.AsArray();
        string?[] expected = [sector, null, region, sector];
        Assert.Equal(expected, nodes.Select(n => n?["id"]?.GetValue<string>()).ToArray());
    }

    [Fact]
    public async Task Nodes_refuses_more_than_a_hundred_ids()
    {
        var ids = Enumerable.Range(0, NodeQueries.MaxIds + 1).Select(_ => GlobalId.Encode("Region", Guid.NewGuid())).ToArray();

        var response = await api.GraphQL.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
        // The request's list limit (MaxListLength, also 100) refuses it before the resolver's own check would.
        Assert.Contains("at most 100", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }
}
