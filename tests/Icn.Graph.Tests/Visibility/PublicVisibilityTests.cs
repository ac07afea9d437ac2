using Icn.Domain.Knowledge;
using Icn.Domain.Membership;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Visibility;

/// <summary>DOMAIN.md: drafts, applicant and former clusters and contact details are never public.</summary>
[Collection(ApiCollection.Name)]
public sealed class PublicVisibilityTests(ApiFixture api)
{
    [Theory]
    [InlineData(MembershipStatus.Member, true)]
    [InlineData(MembershipStatus.Suspended, true)]
    [InlineData(MembershipStatus.Applicant, false)]
    [InlineData(MembershipStatus.Former, false)]
    public async Task A_cluster_is_found_by_slug_only_while_its_membership_is_public(MembershipStatus status, bool visible)
    {
        await using var db = api.CreateDbContext();
        var slug = await db.Clusters.Where(c => c.Membership.Status == status).Select(c => c.Slug).FirstAsync();

        var response = await api.GraphQL.PostAsync("query($slug: String!) { cluster(slug: $slug) { slug membership { status } } }", new { slug });

        Assert.Empty(response.Errors);
        Assert.Equal(visible ? slug : null, response.Data!["cluster"]?["slug"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_draft_article_is_not_found_by_slug_and_a_published_one_is()
    {
        await using var db = api.CreateDbContext();
        var draft = await db.Articles.Where(a => a.Status == ArticleStatus.Draft).Select(a => a.Slug).FirstAsync();
        var published = await db.Articles
            .Where(a => a.Status == ArticleStatus.Published && a.Author!.Membership.Status == MembershipStatus.Member)
            .Select(a => a.Slug).FirstAsync();
        const string query = "query($slug: String!) { article(slug: $slug) { slug bodyHtml } }";

        var hidden = await api.GraphQL.PostAsync(query, new { slug = draft });
        var shown = await api.GraphQL.PostAsync(query, new { slug = published });

        Assert.Null(hidden.Data!["article"]);
        Assert.Equal(published, shown.Data!["article"]!["slug"]!.GetValue<string>());
        Assert.StartsWith("<", shown.Data!["article"]!["bodyHtml"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cluster_contact_is_refused_to_anonymous_callers_on_its_path_before_execution()
    {
        await using var db = api.CreateDbContext();
        var slug = await db.Clusters.Where(c => c.Membership.Status == MembershipStatus.Member).Select(c => c.Slug).FirstAsync();

        var response = await api.GraphQL.PostAsync("query($slug: String!) { cluster(slug: $slug) { name contact { email } } }", new { slug });

        Assert.Equal(401, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.Equal(["cluster", "contact"], response.Errors[0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()).ToArray());
        Assert.Null(response.Data);
    }
}
