using Icn.Domain.Membership;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace Icn.Graph.Tests.Schema;

/// <summary>The shapes a website reads, pinned: a change to them shows up as a snapshot diff in review.</summary>
[Collection(ApiCollection.Name)]
public sealed class PublicReadSnapshotTests(ApiFixture api)
{
    [Fact]
    public async Task Regions_and_the_sector_tree()
    {
        var response = await api.GraphQL.PostAsync("{ regions { slug name } sectors { slug name parent { slug } children { slug } } }");

        Assert.Empty(response.Errors);
        response.Pretty.MatchSnapshot();
    }

    [Fact]
    public async Task A_cluster_page()
    {
        await using var db = api.CreateDbContext();
        var slug = await db.Clusters.Where(c => c.Membership.Status == MembershipStatus.Member).OrderBy(c => c.Slug).Select(c => c.Slug).FirstAsync();

        var response = await api.GraphQL.PostAsync(
            """
            query Cluster($slug: String!) {
              cluster(slug: $slug) {
                __typename slug name description countryCode city website logoUrl foundedYear memberCount
                region { slug name }
                sectors { slug name }
                helix { companies researchInstitutions publicAuthorities }
                internationalStrategy
                membership { status since }
              }
            }
            """,
            new { slug });

        Assert.Empty(response.Errors);
        response.Pretty.MatchSnapshot();
    }
}
