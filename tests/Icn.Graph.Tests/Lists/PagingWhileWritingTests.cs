using Icn.Domain.Opportunities;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Lists;

/// <summary>Keyset cursors: rows inserted while a client walks the pages neither shift nor repeat what it sees.</summary>
public sealed class PagingWhileWritingTests() : OwnApiTests("paging")
{
    [Fact]
    public async Task Walking_all_pages_while_rows_are_inserted_neither_skips_nor_repeats()
    {
        var client = new GraphQLClient(Factory.CreateClient());
        var before = await client.PostAsync("{ opportunities(first: 100) { totalCount } }");
        var initialCount = before.Data!["opportunities"]!["totalCount"]!.GetValue<int>();
        var seen = new List<string>();
        string? cursor = null;
        var inserted = 0;

        while (true)
        {
            var page = await client.PostAsync(
                "query($c: String) { opportunities(first: 17, after: $c) { pageInfo { hasNextPage endCursor } nodes { id title } } }",
                new { c = cursor });
            Assert.Empty(page.Errors);
            seen.AddRange(page.Data!["opportunities"]!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>() + "|" + n["id"]!.GetValue<string>()));

            var info = page.Data!["opportunities"]!["pageInfo"]!;
            if (!info["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            // Rows newer than every page (before the cursor) and older than every page (after it).
            await InsertAsync($"Inserted newest {inserted}", DateTime.UtcNow.AddMinutes(inserted));
            await InsertAsync($"Inserted oldest {inserted}", new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(-inserted));
            inserted++;
            cursor = info["endCursor"]!.GetValue<string>();
        }

        // Titles of the demo network may repeat; the ids after them may not.
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(initialCount, seen.Count(t => !t.StartsWith("Inserted", StringComparison.Ordinal)));
        Assert.DoesNotContain(seen, t => t.StartsWith("Inserted newest", StringComparison.Ordinal));
        Assert.Equal(inserted, seen.Count(t => t.StartsWith("Inserted oldest", StringComparison.Ordinal)));
    }

    private async Task InsertAsync(string title, DateTime publishedAt)
    {
        await using var db = Factory.Services.GetRequiredService<IDbContextFactory<Icn.Domain.Persistence.IcnDbContext>>().CreateDbContext();
        var poster = await db.Clusters.Where(c => c.Membership.Status == Domain.Membership.MembershipStatus.Member).Select(c => c.Id).FirstAsync();
        db.Opportunities.Add(new Opportunity
        {
            PostedById = poster,
            Title = title,
            Summary = "A row written while a client pages.",
            Body = "Inserted by a test.",
            Kind = OpportunityKind.Tender,
            Status = OpportunityStatus.Published,
            PublishedAt = publishedAt,
        });
        await db.SaveChangesAsync();
    }
}
