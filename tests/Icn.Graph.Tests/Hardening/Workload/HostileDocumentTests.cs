using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace Icn.Graph.Tests.Hardening.Workload;

/// <summary>
/// Documents and values built to make the server work without bound: refused with a 400 that names
/// the limit, within a second and a second of CPU, the process still answering afterwards.
/// </summary>
[Collection(HostileApiCollection.Name)]
public sealed class HostileDocumentTests(HostileApiFixture api, ITestOutputHelper output)
{
    [Fact]
    public async Task Twenty_thousand_or_conditions_in_a_variable_are_refused()
    {
        var conditions = string.Join(',', Enumerable.Repeat("{\"title\":{\"eq\":\"x\"}}", 20_000));
        var body = $"{{\"query\":\"query($w: OpportunityFilter) {{ opportunities(where: $w) {{ totalCount }} }}\",\"variables\":{{\"w\":{{\"or\":[{conditions}]}}}}}}";

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "BAD_USER_INPUT", output);
    }

    [Fact]
    public async Task Fragments_that_each_spread_the_next_twice_thirty_deep_are_refused()
    {
        var document = new StringBuilder("query { ...F0 }\n");
        for (var i = 0; i < 30; i++)
        {
            document.Append($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}\n");
        }

        document.Append("fragment F30 on Query { __typename }\n");
        var body = JsonSerializer.Serialize(new { query = document.ToString() });

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "GRAPHQL_VALIDATION_FAILED", output);
    }
}
