using System.Text.Json;
using System.Text.Json.Nodes;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Icn.Graph.Tests.Hardening.Workload;

/// <summary>
/// The search syntax's worst cases: texts too long, too many words, nothing but excluded words,
/// quotes and dashes repeated, and filter texts that are long or full of LIKE wildcards. Each is
/// refused with BAD_USER_INPUT before PostgreSQL works on it, or answered as literal text, within
/// a second and a second of CPU.
/// </summary>
[Collection(HostileApiCollection.Name)]
public sealed class SearchSyntaxTests(HostileApiFixture api, ITestOutputHelper output)
{
    public static TheoryData<string, string> RefusedSearches() => new()
    {
        { "100,000 characters", string.Join(' ', Enumerable.Repeat("energy", 14_300)) },
        { "201 characters", new string('a', 201) },
        { "21 words", string.Join(' ', Enumerable.Range(0, 21).Select(i => $"w{i}")) },
        { "or repeated", "energy" + string.Concat(Enumerable.Repeat(" or energy", 30)) },
        { "excluded words only", "-energy -hydrogen -storage" },
        { "dashes only", new string('-', 200) },
        { "quotes only", new string('"', 200) },
        { "quotes and dashes", string.Concat(Enumerable.Repeat("\"-\" ", 50)) },
    };

    [Theory]
    [MemberData(nameof(RefusedSearches))]
    public async Task A_search_text_over_the_bounds_is_bad_user_input(string shape, string text)
    {
        output.WriteLine(shape);
        var answer = await api.SendAsync(() => Search(text));

        await api.AssertRefusedQuicklyAsync(answer, 200, "BAD_USER_INPUT", output);
    }

    [Theory]
    [InlineData("twenty words or-ed", "energy or hydrogen or storage or wind or solar or heat or grid or battery or water or waste or cluster or network or city or port or food or bio or carbon or smart or mobility or building")]
    [InlineData("a phrase of twenty words", "\"energy hydrogen storage wind solar heat grid battery water waste cluster network city port food bio carbon smart mobility building\"")]
    [InlineData("excluded words beside one wanted", "energy -hydrogen -storage -wind -solar -heat -grid -battery -water -waste")]
    public async Task The_hardest_search_within_the_bounds_is_answered_quickly(string shape, string text)
    {
        output.WriteLine(shape);

        // The first search pays for compiling the search path and PostgreSQL's cold pages; no hostile request should.
        await api.SendAsync(() => Search("energy"));
        var answer = await api.SendAsync(() => Search(text));

        await api.AssertRefusedQuicklyAsync(answer, 200, null, output);
        Assert.Null(JsonNode.Parse(answer.Body)!["errors"]);
    }

    [Theory]
    [InlineData("contains")]
    [InlineData("startsWith")]
    public async Task A_filter_text_over_200_characters_is_bad_user_input(string op)
    {
        var answer = await api.SendAsync(() => Filter(op, new string('%', 100_000)));

        await api.AssertRefusedQuicklyAsync(answer, 200, "BAD_USER_INPUT", output);
        Assert.Contains("at most 200 characters", answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contains", "%")]
    [InlineData("contains", "_")]
    [InlineData("contains", "\\")]
    [InlineData("contains", "%_%_\\%")]
    [InlineData("startsWith", "%")]
    [InlineData("startsWith", "_")]
    public async Task Like_wildcards_in_a_filter_text_match_only_themselves(string op, string text)
    {
        await using var db = new IcnDbContext(new DbContextOptionsBuilder<IcnDbContext>().UseIcnDatabase(api.ConnectionString).Options);
        var titles = await db.Opportunities.Select(o => o.Title).ToListAsync();
        Assert.DoesNotContain(titles, t => t.Contains(text, StringComparison.Ordinal));
        Assert.NotEmpty(titles);

        var answer = await api.SendAsync(() => Filter(op, text));

        await api.AssertRefusedQuicklyAsync(answer, 200, null, output);
        Assert.Equal(0, JsonNode.Parse(answer.Body)!["data"]!["opportunities"]!["totalCount"]!.GetValue<int>());
    }

    private static HttpRequestMessage Search(string text) => HostileApiFixture.GraphQLPost(JsonSerializer.Serialize(new
    {
        query = "query($q: String!) { search(query: $q, first: 100) { totalCount edges { rank node { id } } } }",
        variables = new { q = text },
    }));

    private static HttpRequestMessage Filter(string op, string text) => HostileApiFixture.GraphQLPost(JsonSerializer.Serialize(new
    {
        query = $"query($t: String!) {{ opportunities(where: {{ title: {{ {op}: $t }} }}) {{ totalCount }} }}",
        variables = new { t = text },
    }));
}
