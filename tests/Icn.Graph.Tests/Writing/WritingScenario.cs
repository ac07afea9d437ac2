using Icn.Domain.Membership;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Writing;

/// <summary>Member clusters of the demo network picked for a test, with their editors and global ids.</summary>
public sealed record WritingScenario(string Slug, Guid ClusterId, string OtherSlug, Guid OtherClusterId)
{
    public string ClusterGlobalId => GlobalId.Encode("Cluster", ClusterId);

    public string OtherClusterGlobalId => GlobalId.Encode("Cluster", OtherClusterId);

    public string Editor => $"editor.{Slug}@demo.icn";

    public string OtherEditor => $"editor.{OtherSlug}@demo.icn";

    /// <summary>
    /// Two member clusters, the <paramref name="index"/>th pair by slug, so tests in one collection
    /// work on different clusters. The demo network has fewer pairs than there are index ranges:
    /// an index past the last pair wraps around, which suits only tests that attach things to the
    /// clusters (accounts, keys) without changing them.
    /// </summary>
    public static async Task<WritingScenario> PickAsync(StaffApiFixture api, int index)
    {
        await using var db = api.CreateDbContext();
        var members = db.Clusters.Where(c => c.Membership.Status == MembershipStatus.Member);
        var pairs = await members.CountAsync() / 2;
        var clusters = await members.OrderBy(c => c.Slug).Select(c => new { c.Id, c.Slug }).Skip(index % pairs * 2).Take(2).ToListAsync();
        return new WritingScenario(clusters[0].Slug, clusters[0].Id, clusters[1].Slug, clusters[1].Id);
    }
}
