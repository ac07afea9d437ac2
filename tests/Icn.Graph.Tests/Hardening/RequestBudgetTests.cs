using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Hardening;

/// <summary>
/// Each request budget at its edge, with the limits set small (<see cref="SmallBudgetsApiFixture"/>):
/// a request exactly at a limit is answered, one just over it is refused with a 400, the right
/// code and a message naming the limit and its value — for variables and for literals alike.
/// </summary>
public sealed class RequestBudgetTests(SmallBudgetsApiFixture api) : IClassFixture<SmallBudgetsApiFixture>
{
    private const string Listing = "query($w: OpportunityFilter) { opportunities(where: $w) { totalCount } }";

    public static TheoryData<string, string, string> OverTheLimit => new()
    {
        // name, a filter exactly at the limit, the same one just over it
        { "MaxListLength", """{ title: { in: ["a", "b", "c"] } }""", """{ title: { in: ["a", "b", "c", "d"] } }""" },
        { "MaxValueDepth", """{ and: [{ and: [] }] }""", """{ and: [{ and: [{}] }] }""" },
        { "MaxValueNodes", """{ or: [{}, {}, {}], and: [{}, {}, {}], title: { in: ["a"] } }""", """{ or: [{}, {}, {}], and: [{}, {}, {}], title: { in: ["a", "b"] } }""" },
    };

    [Theory]
    [MemberData(nameof(OverTheLimit))]
    public async Task A_variable_at_a_value_limit_is_answered_and_one_over_it_refused(string limit, string atTheLimit, string overTheLimit)
    {
        var answered = await api.GraphQL.PostAsync(Listing, new { w = AsJson(atTheLimit) });
        var refused = await api.GraphQL.PostAsync(Listing, new { w = AsJson(overTheLimit) });

        Assert.True(answered.Errors.Count == 0, answered.Pretty);
        Assert.NotNull(answered.Data!["opportunities"]!["totalCount"]);
        AssertRefused(refused, "BAD_USER_INPUT", limit);
    }

    [Theory]
    [MemberData(nameof(OverTheLimit))]
    public async Task A_literal_at_a_value_limit_is_answered_and_one_over_it_refused(string limit, string atTheLimit, string overTheLimit)
    {
        var answered = await api.GraphQL.PostAsync($"{{ opportunities(where: {atTheLimit}) {{ totalCount }} }}");
        var refused = await api.GraphQL.PostAsync($"{{ opportunities(where: {overTheLimit}) {{ totalCount }} }}");

        Assert.True(answered.Errors.Count == 0, answered.Pretty);
        AssertRefused(refused, "BAD_USER_INPUT", limit);
    }

    [Fact]
    public async Task A_variables_default_value_is_measured_like_a_literal()
    {
        var refused = await api.GraphQL.PostAsync("""query($w: OpportunityFilter = { title: { in: ["a", "b", "c", "d"] } }) { opportunities(where: $w) { totalCount } }""");

        AssertRefused(refused, "BAD_USER_INPUT", "MaxListLength");
    }

    [Fact]
    public async Task The_parts_of_all_variables_count_together()
    {
        // Each fits alone (8 parts); together they are 16, over the 12 allowed.
        const string query = "query($w: OpportunityFilter, $v: OpportunityFilter) { a: opportunities(where: $w) { totalCount } b: opportunities(where: $v) { totalCount } }";
        var filter = AsJson("""{ or: [{}, {}, {}], and: [{}, {}] }""");

        var refused = await api.GraphQL.PostAsync(query, new { w = filter, v = filter });

        AssertRefused(refused, "BAD_USER_INPUT", "MaxValueNodes");
    }

    [Fact]
    public async Task A_document_at_the_definitions_limit_is_answered_and_one_over_it_refused()
    {
        const string three = "query { ...A } fragment A on Query { ...B } fragment B on Query { regions { name } }";

        var answered = await api.GraphQL.PostAsync(three);
        var refused = await api.GraphQL.PostAsync(three + " fragment C on Query { __typename }");

        Assert.True(answered.Errors.Count == 0, answered.Pretty);
        AssertRefused(refused, "GRAPHQL_VALIDATION_FAILED", "MaxDefinitions");
    }

    [Fact]
    public async Task An_operation_at_the_expanded_spreads_limit_is_answered_and_one_over_it_refused()
    {
        // Expanded, "...A ...A" is four spreads: each A, and the B inside each A.
        const string fragments = " fragment A on Query { ...B } fragment B on Query { __typename }";

        var answered = await api.GraphQL.PostAsync("query { ...A ...A }" + fragments);
        var refused = await api.GraphQL.PostAsync("query { ...A ...A ...B }" + fragments);

        Assert.True(answered.Errors.Count == 0, answered.Pretty);
        AssertRefused(refused, "GRAPHQL_VALIDATION_FAILED", "MaxFragmentSpreads");
    }

    [Fact]
    public async Task Extensions_are_measured_like_variables()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ regions { name } }","extensions":{"x":[1,2,3,4]}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await api.GraphQL.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("BAD_USER_INPUT", body, StringComparison.Ordinal);
        Assert.Contains("MaxListLength", body, StringComparison.Ordinal);
    }

    private static void AssertRefused(GraphQLResponse response, string code, string limit)
    {
        Assert.True((400, code) == (response.Status, response.FirstErrorCode), response.Pretty);
        var message = response.Errors[0]!["message"]!.GetValue<string>();
        Assert.Contains(limit, message, StringComparison.Ordinal);
        var value = limit switch
        {
            "MaxListLength" => SmallBudgetsApiFixture.MaxListLength,
            "MaxValueDepth" => SmallBudgetsApiFixture.MaxValueDepth,
            "MaxValueNodes" => SmallBudgetsApiFixture.MaxValueNodes,
            "MaxDefinitions" => SmallBudgetsApiFixture.MaxDefinitions,
            _ => SmallBudgetsApiFixture.MaxFragmentSpreads,
        };
        Assert.Contains($"at most {value} ", message, StringComparison.Ordinal);
        Assert.Null(response.Data);
    }

    /// <summary>A GraphQL input literal written as JSON (quoted names), for sending it as a variable.</summary>
    private static JsonNode AsJson(string literal) =>
        JsonNode.Parse(System.Text.RegularExpressions.Regex.Replace(literal, @"(\w+):", "\"$1\":"))!;
}
