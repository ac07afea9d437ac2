using Icn.Domain.Membership;
using Icn.Graph.Relay;
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

    /// <summary>Two member clusters, the <paramref name="index"/>th pair by slug, so tests in one collection work on different clusters.</summary>
    public static async Task<WritingScenario> PickAsync(StaffApiFixture api, int index)
    {
        await using var db = api.CreateDbContext();
        var clusters = await db.Clusters.Where(c => c.Membership.Status == MembershipStatus.Member)
            .OrderBy(c => c.Slug).Select(c => new { c.Id, c.Slug }).Skip(index * 2).Take(2).ToListAsync();
        return new WritingScenario(clusters[0].Slug, clusters[0].Id, clusters[1].Slug, clusters[1].Id);
    }
}
