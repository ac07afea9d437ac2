using System.Text.Json;
using Xunit.Abstractions;

namespace Icn.Graph.Tests.Hardening.Workload;

/// <summary>
/// Documents of many small definitions, fragments or operations, each of which the validation
/// rules would look up and walk: refused by their count before any rule runs, within a second and
/// a second of CPU, the process still answering afterwards.
/// </summary>
[Collection(HostileApiCollection.Name)]
public sealed class DefinitionFloodTests(HostileApiFixture api, ITestOutputHelper output)
{
    [Fact]
    public async Task A_hundred_fragments_are_refused()
    {
        var spreads = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"...F{i}"));
        var fragments = string.Join('\n', Enumerable.Range(0, 100).Select(i => $"fragment F{i} on Query {{ __typename }}"));
        var body = JsonSerializer.Serialize(new { query = $"query {{ {spreads} }}\n{fragments}" });

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "GRAPHQL_VALIDATION_FAILED", output);
        Assert.Contains("MaxDefinitions", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hundred_and_ninety_operations_are_refused()
    {
        var operations = string.Join('\n', Enumerable.Range(0, 190).Select(i => $"query Q{i} {{ __typename }}"));
        var body = JsonSerializer.Serialize(new { query = operations, operationName = "Q7" });

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "GRAPHQL_VALIDATION_FAILED", output);
        Assert.Contains("MaxDefinitions", answer.Body, StringComparison.Ordinal);
    }
}
