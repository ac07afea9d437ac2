using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace Icn.Graph.Tests.Hardening.Workload;

/// <summary>
/// Documents under a kilobyte whose fragments each spread the next one twice: expanded, they are
/// two to the power of their depth. Refused by the expanded-spread budget before any rule walks
/// them, within a second and a second of CPU, the process still answering afterwards.
/// </summary>
[Collection(HostileApiCollection.Name)]
public sealed class FragmentExpansionTests(HostileApiFixture api, ITestOutputHelper output)
{
    [Theory]
    [InlineData("__typename")]
    [InlineData("regions { id }")]
    [InlineData("opportunities(first: 1) { nodes { id } }")]
    public async Task Fragments_that_each_spread_the_next_twice_thirty_deep_are_refused(string bottom)
    {
        var body = JsonSerializer.Serialize(new { query = Doubling(30, bottom) });

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "GRAPHQL_VALIDATION_FAILED", output);
        Assert.Contains("MaxFragmentSpreads", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doubling_fragments_spread_into_a_nested_selection_are_refused()
    {
        var document = Doubling(30, "__typename").Replace("query { ...F0 }", "query { sectors { children { ...F0 } } }", StringComparison.Ordinal)
            .Replace(" on Query ", " on Sector ", StringComparison.Ordinal);
        var body = JsonSerializer.Serialize(new { query = document });

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "GRAPHQL_VALIDATION_FAILED", output);
    }

    /// <summary><c>query { ...F0 }</c>, each fragment Fi spreading F(i+1) twice, the last one selecting <paramref name="bottom"/>.</summary>
    internal static string Doubling(int depth, string bottom)
    {
        var document = new StringBuilder("query { ...F0 }\n");
        for (var i = 0; i < depth; i++)
        {
            document.Append($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}\n");
        }

        return document.Append($"fragment F{depth} on Query {{ {bottom} }}\n").ToString();
    }
}
