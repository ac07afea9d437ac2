using Icn.Domain.Events;
using Icn.Domain.Membership;
using Icn.Domain.Opportunities;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Lists;

/// <summary>Each filter shape against the same question asked of the database directly.</summary>
[Collection(ApiCollection.Name)]
public sealed class FilterTests(ApiFixture api)
{
    [Fact]
    public async Task Scalar_enum_and_date_operators_combine_with_and()
    {
        var ids = await OpportunityIdsAsync("""{ kind: { in: [TENDER, INVESTMENT] }, deadline: { gte: "2026-07-01" }, title: { contains: "SUPPL" } }""");

        await using var db = api.CreateDbContext();
        var expected = await Visible(db)
            .Where(o => (o.Kind == OpportunityKind.Tender || o.Kind == OpportunityKind.Investment)
                && o.Deadline >= new DateOnly(2026, 7, 1) && EF.Functions.ILike(o.Title, "%suppl%"))
            .Select(o => o.Id).ToListAsync();
        Assert.Equal(expected.Order(), ids.Order());
    }

    [Fact]
    public async Task Or_relations_and_collections_filter_through_their_own_filters()
    {
        var ids = await OpportunityIdsAsync("""
            { or: [
                { postedBy: { region: { slug: { eq: "nordics" } } }, sectors: { some: { slug: { eq: "hydrogen" } } } },
                { targetRegions: { none: { slug: { startsWith: "n" } } }, status: { eq: CLOSED } }
            ] }
            """);

        await using var db = api.CreateDbContext();
        var expected = await Visible(db)
            .Where(o => (o.PostedBy!.Region!.Slug == "nordics" && o.Sectors.Any(s => s.Slug == "hydrogen"))
                || (!o.TargetRegions.Any(r => r.Slug.StartsWith("n")) && o.Status == OpportunityStatus.Closed))
            .Select(o => o.Id).ToListAsync();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), ids.Order());
    }

    [Fact]
    public async Task All_holds_for_every_item_of_a_collection()
    {
        var ids = await OpportunityIdsAsync("""{ sectors: { all: { name: { contains: "energy" } } } }""");

        await using var db = api.CreateDbContext();
        var expected = await Visible(db).Where(o => o.Sectors.All(s => EF.Functions.ILike(s.Name, "%energy%"))).Select(o => o.Id).ToListAsync();
        Assert.Equal(expected.Order(), ids.Order());
    }

    [Theory]
    [InlineData("{ title: { contains: null, startsWith: null } }")]
    [InlineData("{ id: { eq: null, in: null } }")]
    [InlineData("{ status: { eq: null } }")]
    [InlineData("{ status: { neq: null } }")]
    [InlineData("{ deadline: { eq: null, gt: null } }")]
    [InlineData("{ kind: { in: null, nin: [] } }")]
    [InlineData("{ postedBy: null, sectors: { some: null, none: null } }")]
    [InlineData("{ and: null, or: [] }")]
    [InlineData("{ or: [{}, { title: {} }] }")]
    public async Task Explicit_nulls_and_empty_inputs_are_answered_not_failed(string where)
    {
        var response = await api.GraphQL.PostAsync($"{{ opportunities(where: {where}) {{ totalCount }} }}");

        Assert.Equal(200, response.Status);
        Assert.Empty(response.Errors);
    }

    [Fact]
    public async Task Eq_null_finds_the_rows_with_an_empty_field()
    {
        var response = await api.GraphQL.PostAsync("{ opportunities(first: 100, where: { deadline: { eq: null } }) { totalCount nodes { deadline } } }");

        Assert.Empty(response.Errors);
        await using var db = api.CreateDbContext();
        Assert.Equal(await Visible(db).CountAsync(o => o.Deadline == null), response.Data!["opportunities"]!["totalCount"]!.GetValue<int>());
        Assert.All(response.Data!["opportunities"]!["nodes"]!.AsArray(), n => Assert.Null(n!["deadline"]));
    }

    [Fact]
    public async Task Filters_never_reach_past_what_is_public()
    {
        var response = await api.GraphQL.PostAsync("""
            {
              drafts: opportunities(where: { status: { eq: DRAFT } }) { totalCount }
              boardMeetings: events(where: { kind: { eq: BOARD_MEETING } }) { totalCount }
              applicants: clusters(where: { membershipStatus: { in: [APPLICANT, FORMER] } }) { totalCount }
              members(where: { cluster: { membershipStatus: { eq: APPLICANT } } }) { totalCount }
            }
            """);

        Assert.Empty(response.Errors);
        Assert.Equal(0, response.Data!["drafts"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, response.Data!["boardMeetings"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, response.Data!["applicants"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, response.Data!["members"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Nested_lists_answer_per_parent_with_their_own_counts()
    {
        var response = await api.GraphQL.PostAsync("""
            { clusters(first: 50) { nodes { id members(first: 2, order: [{ name: DESC }]) { totalCount nodes { name } } events(where: { kind: { neq: WEBINAR } }) { totalCount } } } }
            """);

        Assert.Empty(response.Errors);
        await using var db = api.CreateDbContext();
        foreach (var cluster in response.Data!["clusters"]!["nodes"]!.AsArray())
        {
            Assert.True(GlobalId.TryDecode(cluster!["id"]!.GetValue<string>(), out var id));
            var members = await db.Members.Where(m => m.ClusterId == id.Key).OrderByDescending(m => m.Name).ThenByDescending(m => m.Id).Select(m => m.Name).ToListAsync();
            var events = await db.Events.CountAsync(e => e.HostId == id.Key && e.Kind != EventKind.BoardMeeting && e.Kind != EventKind.Webinar);
            Assert.Equal(members.Count, cluster["members"]!["totalCount"]!.GetValue<int>());
            Assert.Equal(members.Take(2), cluster["members"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            Assert.Equal(events, cluster["events"]!["totalCount"]!.GetValue<int>());
        }
    }

    private async Task<List<Guid>> OpportunityIdsAsync(string where)
    {
        var response = await api.GraphQL.PostAsync($"{{ opportunities(first: 100, where: {where}) {{ totalCount nodes {{ id }} }} }}");
        Assert.Empty(response.Errors);
        var connection = response.Data!["opportunities"]!;
        Assert.True(connection["totalCount"]!.GetValue<int>() <= 100, "The filter matched more than one page; narrow it.");
        return connection["nodes"]!.AsArray().Select(n => GlobalId.TryDecode(n!["id"]!.GetValue<string>(), out var id) ? id.Key : Guid.Empty).ToList();
    }

    private static IQueryable<Opportunity> Visible(Icn.Domain.Persistence.IcnDbContext db) =>
        db.Opportunities.Where(o => o.Status != OpportunityStatus.Draft
            && (o.PostedBy!.Membership.Status == MembershipStatus.Member || o.PostedBy.Membership.Status == MembershipStatus.Suspended));
}
