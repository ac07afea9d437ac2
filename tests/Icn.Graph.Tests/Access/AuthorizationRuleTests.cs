using Icn.Domain.Membership;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Access;

/// <summary>
/// Restricted fields are refused before execution on every path that reaches them — directly,
/// through node/nodes/search, fragments and aliases, and on a document already cached for a caller
/// who was allowed — with the error's path naming where.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class AuthorizationRuleTests(StaffApiFixture api)
{
    [Theory]
    [InlineData("query($id: ID!) { node(id: $id) { ... on Cluster { contact { email } } } }", "node.contact")]
    [InlineData("query($id: ID!) { nodes(ids: [$id]) { ...Secret } } fragment Secret on Cluster { contact { email } }", "nodes.contact")]
    [InlineData("query($id: ID!) { node(id: $id) { id } search(query: \"energy\") { nodes { ... on Cluster { who: contact { email } } } } }", "search.nodes.who")]
    [InlineData("query($id: ID!) { node(id: $id) { id } members(first: 1) { nodes { cluster { contact { phone } } } } }", "members.nodes.cluster.contact")]
    public async Task A_restricted_field_is_refused_to_anonymous_callers_on_every_path(string query, string path)
    {
        var response = await api.Anonymous.PostAsync(query, new { id = await PublicClusterIdAsync() });

        Assert.Equal(401, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.Equal(path, string.Join('.', response.Errors[0]!["path"]!.AsArray().Select(p => p!.GetValue<string>())));
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_document_cached_for_the_secretariat_is_still_refused_to_others()
    {
        const string query = "query($id: ID!) { node(id: $id) { ... on Cluster { contact { email } } } }";
        var id = await PublicClusterIdAsync();

        var secretariat = await (await api.SignInAsync("secretariat@demo.icn")).PostAsync(query, new { id });
        var board = await (await api.SignInAsync("board1@demo.icn")).PostAsync(query, new { id });
        var anonymous = await api.Anonymous.PostAsync(query, new { id });

        Assert.Empty(secretariat.Errors);
        Assert.NotNull(secretariat.Data!["node"]!["contact"]);
        Assert.Empty(board.Errors);
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));
    }

    [Fact]
    public async Task An_editor_reads_their_own_clusters_contact_and_no_other()
    {
        await using var db = api.CreateDbContext();
        var slugs = await db.Clusters.Where(c => c.Membership.Status == MembershipStatus.Member).OrderBy(c => c.Slug).Select(c => c.Slug).Take(2).ToListAsync();
        var editor = await api.SignInAsync($"editor.{slugs[0]}@demo.icn");
        const string query = "query($slug: String!) { cluster(slug: $slug) { name contact { email } } }";

        var own = await editor.PostAsync(query, new { slug = slugs[0] });
        var other = await editor.PostAsync(query, new { slug = slugs[1] });

        Assert.Empty(own.Errors);
        Assert.NotNull(own.Data!["cluster"]!["contact"]);
        Assert.Equal("FORBIDDEN", other.FirstErrorCode);
        Assert.Equal(["cluster", "contact"], other.Errors[0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Null(other.Data!["cluster"]!["contact"]);
    }

    [Fact]
    public async Task A_skipped_restricted_field_is_not_asked_for()
    {
        var response = await api.Anonymous.PostAsync(
            "query($hide: Boolean!) { clusters(first: 1) { nodes { name contact @skip(if: $hide) { email } } } }", new { hide = true });

        Assert.Empty(response.Errors);
        Assert.NotNull(response.Data!["clusters"]!["nodes"]![0]!["name"]);
    }

    [Fact]
    public async Task A_cached_document_that_passed_with_the_field_skipped_is_refused_when_the_variables_ask_for_it()
    {
        // The same text each time: the document is cached after the first answer, and the anonymous
        // caller's passed rules are remembered by document, operation and variables.
        const string query = "query($hide: Boolean!) { clusters(first: 1) { nodes { name contact @skip(if: $hide) { email } } } }";
        var hidden = await api.Anonymous.PostAsync(query, new { hide = true });
        var hiddenAgain = await api.Anonymous.PostAsync(query, new { hide = true });
        var shown = await api.Anonymous.PostAsync(query, new { hide = false });
        var shownAgain = await api.Anonymous.PostAsync(query, new { hide = false });

        Assert.Empty(hidden.Errors);
        Assert.Empty(hiddenAgain.Errors);
        Assert.Equal(["clusters", "nodes", "contact"], shown.Errors.Single()!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Null(shown.Data);
        Assert.Single(shownAgain.Errors);
    }

    [Fact]
    public async Task Only_the_executed_operation_is_checked()
    {
        var response = await api.Anonymous.PostAsync(
            "query Public { regions { name } } query Restricted { clusters { nodes { contact { email } } } }",
            operationName: "Public");

        Assert.Empty(response.Errors);
        Assert.NotEmpty(response.Data!["regions"]!.AsArray());
    }

    private async Task<string> PublicClusterIdAsync()
    {
        await using var db = api.CreateDbContext();
        return GlobalId.Encode("Cluster", await db.Clusters.Where(c => c.Membership.Status == MembershipStatus.Member).OrderBy(c => c.Slug).Select(c => c.Id).FirstAsync());
    }
}
