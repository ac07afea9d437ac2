using System.Text.Json;
using Xunit.Abstractions;

namespace Icn.Graph.Tests.Hardening.Workload;

/// <summary>
/// Values with tens of thousands of items — a filter's <c>or</c>, <c>and</c>, <c>in</c>, a list of
/// ids, an object of many keys — in variables and as literals: refused before they are coerced or
/// become an expression (twenty thousand conditions once stopped the process), within a second and
/// a second of CPU, the process still answering afterwards.
/// </summary>
[Collection(HostileApiCollection.Name)]
public sealed class WideValueTests(HostileApiFixture api, ITestOutputHelper output)
{
    private const string Listing = "query($w: OpportunityFilter) { opportunities(where: $w) { totalCount } }";

    [Theory]
    [InlineData("or")]
    [InlineData("and")]
    public async Task Twenty_thousand_conditions_in_a_variable_are_refused(string combinator)
    {
        var conditions = Enumerable.Repeat(new { title = new { eq = "x" } }, 20_000);
        var body = JsonSerializer.Serialize(new { query = Listing, variables = new { w = new Dictionary<string, object> { [combinator] = conditions } } });

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "BAD_USER_INPUT", output);
        Assert.Contains("MaxListLength", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fifty_thousand_values_of_an_in_filter_in_a_variable_are_refused()
    {
        var body = JsonSerializer.Serialize(new { query = Listing, variables = new { w = new { title = new { @in = Enumerable.Range(0, 50_000).Select(i => $"t{i}") } } } });

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "BAD_USER_INPUT", output);
    }

    [Fact]
    public async Task Fifty_thousand_ids_for_nodes_are_refused()
    {
        var body = JsonSerializer.Serialize(new { query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables = new { ids = Enumerable.Range(0, 50_000).Select(i => $"id{i}") } });

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "BAD_USER_INPUT", output);
    }

    [Fact]
    public async Task An_object_of_fifty_thousand_keys_in_a_variable_is_refused()
    {
        var keys = Enumerable.Range(0, 50_000).ToDictionary(i => $"k{i}", i => (object)i);
        var body = JsonSerializer.Serialize(new { query = "{ regions { name } }", variables = new { data = keys } });

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "BAD_USER_INPUT", output);
        Assert.Contains("MaxValueNodes", answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("or: [{0}]", "{ title: { eq: \"x\" } }")]
    [InlineData("title: {{ in: [{0}] }}", "\"x\"")]
    public async Task Twenty_thousand_literal_items_are_refused_before_parsing(string filter, string item)
    {
        var where = string.Format(System.Globalization.CultureInfo.InvariantCulture, filter, string.Join(',', Enumerable.Repeat(item, 20_000)));
        var body = JsonSerializer.Serialize(new { query = $"{{ opportunities(where: {{ {where} }}) {{ totalCount }} }}" });

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        // Far over the document's length and token limits, which are measured before anything else.
        await api.AssertRefusedQuicklyAsync(answer, 400, "GRAPHQL_PARSE_FAILED", output);
    }

    [Fact]
    public async Task A_literal_list_under_the_token_limit_but_over_the_list_limit_is_refused()
    {
        var body = JsonSerializer.Serialize(new { query = $"{{ opportunities(where: {{ title: {{ in: [{string.Join(',', Enumerable.Repeat("\"x\"", 900))}] }} }}) {{ totalCount }} }}" });

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(body));

        await api.AssertRefusedQuicklyAsync(answer, 400, "BAD_USER_INPUT", output);
        Assert.Contains("MaxListLength", answer.Body, StringComparison.Ordinal);
    }
}
