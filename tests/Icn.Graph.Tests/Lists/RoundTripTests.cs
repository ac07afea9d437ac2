using Icn.Graph.Tests.Infrastructure;
using Npgsql;

namespace Icn.Graph.Tests.Lists;

/// <summary>API-CONVENTIONS.md: a page costs a constant number of SQL round trips, whatever its size and nesting.</summary>
[Collection(ApiCollection.Name)]
public sealed class RoundTripTests(ApiFixture api)
{
    private const string Listing = """
        query($first: Int!) {
          opportunities(first: $first) {
            nodes {
              title
              sectors { name }
              postedBy { name region { name } members(first: 5) { nodes { name } } }
            }
          }
        }
        """;

    [Fact]
    public async Task Relationships_not_joined_into_the_page_are_batched_per_level()
    {
        using var counter = new SqlCommandCounter(new NpgsqlConnectionStringBuilder(api.Factory.ConnectionString).Database!);
        const string nested = "query($first: Int!) { clusters(first: $first) { nodes { members(first: 3) { nodes { name cluster { name region { name } } sectors { name } } } } } }";
        await api.GraphQL.PostAsync(nested, new { first = 1 });

        counter.Reset();
        await api.GraphQL.PostAsync(nested, new { first = 1 });
        var forOne = counter.Count;
        counter.Reset();
        var all = await api.GraphQL.PostAsync(nested, new { first = 30 });

        Assert.Empty(all.Errors);
        Assert.Equal(forOne, counter.Count);
    }

    [Fact]
    public async Task A_page_of_one_and_a_page_of_a_hundred_cost_the_same_sql_commands()
    {
        using var counter = new SqlCommandCounter(new NpgsqlConnectionStringBuilder(api.Factory.ConnectionString).Database!);
        await api.GraphQL.PostAsync(Listing, new { first = 1 });

        counter.Reset();
        var one = await api.GraphQL.PostAsync(Listing, new { first = 1 });
        var commandsForOne = counter.Count;

        counter.Reset();
        var hundred = await api.GraphQL.PostAsync(Listing, new { first = 100 });
        var commandsForHundred = counter.Count;

        Assert.Empty(one.Errors);
        Assert.Empty(hundred.Errors);
        Assert.Equal(100, hundred.Data!["opportunities"]!["nodes"]!.AsArray().Count);
        Assert.True(commandsForOne > 0, "The counter saw no SQL command: it does not measure anything.");
        Assert.Equal(commandsForOne, commandsForHundred);
        // The page with its sectors, clusters and regions joined in, then the clusters' members.
        Assert.True(commandsForHundred <= 2, $"{commandsForHundred} SQL commands for one page.");
    }
}
