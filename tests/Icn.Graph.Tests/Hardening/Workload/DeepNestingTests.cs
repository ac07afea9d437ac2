using System.Net.Http.Headers;
using System.Text.Json;
using Xunit.Abstractions;

namespace Icn.Graph.Tests.Hardening.Workload;

/// <summary>
/// Values and documents nested thousands deep — in variables, extensions and GET parameters, in
/// literal lists and objects, in selection sets — refused before any parser or coercion recurses
/// that deep, with a 400 and a code, within a second and a second of CPU, the process still answering.
/// </summary>
[Collection(HostileApiCollection.Name)]
public sealed class DeepNestingTests(HostileApiFixture api, ITestOutputHelper output)
{
    private const string Listing = "query($w: OpportunityFilter) { opportunities(where: $w) { totalCount } }";

    [Fact]
    public async Task Filters_nested_ten_thousand_deep_in_a_variable_are_refused_by_the_json_reader()
    {
        var body = $"{{\"query\":\"{Listing}\",\"variables\":{{\"w\":{Nested("{\"and\":[", "{}", "]}", 10_000)}}}}}";

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "BAD_REQUEST", output);
        Assert.Contains("deeper than 64 levels", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_nested_deeper_than_the_value_limit_but_within_the_json_limit_are_refused()
    {
        // 30 and-levels are 60 lists and objects: within the JSON reader's 64, over MaxValueDepth's 32.
        var body = $"{{\"query\":\"{Listing}\",\"variables\":{{\"w\":{Nested("{\"and\":[", "{}", "]}", 30)}}}}}";

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "BAD_USER_INPUT", output);
        Assert.Contains("MaxValueDepth", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extensions_nested_ten_thousand_deep_are_refused()
    {
        var body = $"{{\"query\":\"{{ regions {{ name }} }}\",\"extensions\":{{\"x\":{Nested("[", "1", "]", 10_000)}}}}}";

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "BAD_REQUEST", output);
    }

    [Fact]
    public async Task Variables_of_a_get_nested_a_thousand_deep_are_refused()
    {
        // A thousand levels still fit in the request line Kestrel accepts (8 KiB); more is a 414 before we see it.
        var variables = Uri.EscapeDataString($"{{\"w\":{Nested("[", "1", "]", 1_000)}}}");
        var query = Uri.EscapeDataString(Listing);

        var answer = await api.SendAsync(() => Get($"/graphql?query={query}&variables={variables}"));

        await api.AssertRefusedQuicklyAsync(answer, 400, "BAD_REQUEST", output);
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(300)]
    public async Task Selection_sets_nested_hundreds_or_thousands_deep_are_refused_before_the_parser_recurses(int depth)
    {
        var body = JsonSerializer.Serialize(new { query = Nested("{ a", "", " }", depth) });

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        // Thousands deep is over the token limit, before parsing; 300 deep is within it, and the parser stops at its depth limit.
        await api.AssertRefusedQuicklyAsync(answer, 400, "GRAPHQL_PARSE_FAILED", output);
        Assert.Matches(depth > 400 ? "characters long|tokens" : "MaxSyntaxDepth", answer.Body);
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(300)]
    public async Task Literal_lists_nested_hundreds_or_thousands_deep_are_refused_before_the_parser_recurses(int depth)
    {
        var body = JsonSerializer.Serialize(new { query = $"{{ opportunities(where: {{ title: {{ in: {Nested("[", "\"x\"", "]", depth)} }} }}) {{ totalCount }} }}" });

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "GRAPHQL_PARSE_FAILED", output);
        Assert.Matches(depth > 400 ? "characters long|tokens" : "MaxSyntaxDepth", answer.Body);
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(200)]
    public async Task Object_literals_nested_hundreds_or_thousands_deep_are_refused_before_the_parser_recurses(int depth)
    {
        var body = JsonSerializer.Serialize(new { query = $"{{ opportunities(where: {Nested("{ and: ", "{}", " }", depth)}) {{ totalCount }} }}" });

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "GRAPHQL_PARSE_FAILED", output);
        Assert.Matches(depth > 400 ? "characters long|tokens" : "MaxSyntaxDepth", answer.Body);
    }

    /// <summary><paramref name="inner"/> inside <paramref name="depth"/> pairs of <paramref name="open"/> and <paramref name="close"/>.</summary>
    private static string Nested(string open, string inner, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    private static HttpRequestMessage Get(string pathAndQuery)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return request;
    }
}
