using System.Text;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Hardening;

/// <summary>The configured limits refuse floods and oversized documents before anything executes.</summary>
[Collection(ApiCollection.Name)]
public sealed class LimitTests(ApiFixture api)
{
    [Fact]
    public async Task A_website_listing_and_graphiqls_introspection_fit_the_limits()
    {
        var listing = await api.GraphQL.PostAsync(RepositoryFiles.Read("bench/website-listing.json").Split("\"query\":\"")[1].Split("\",\"variables\"")[0].Replace("\\n", "\n", StringComparison.Ordinal), new { first = 100, status = "PUBLISHED" });
        var introspection = await api.GraphQL.PostAsync(IntrospectionQuery);

        Assert.True(listing.Errors.Count == 0, listing.Pretty);
        Assert.True(introspection.Errors.Count == 0, introspection.Pretty[..Math.Min(2000, introspection.Pretty.Length)]);
    }

    [Theory]
    [InlineData("alias flood", 16, "aliases")]
    [InlineData("directive flood", 51, "directives")]
    public async Task Floods_are_refused(string _, int count, string word)
    {
        var query = word == "aliases"
            ? "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: regions {{ name }}")) + " }"
            : "{ regions { " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"n{i}: name @include(if: true)").Take(1)) + " name " + string.Concat(Enumerable.Repeat("@skip(if: false) ", count)) + "} }";

        var response = await api.GraphQL.PostAsync(query);

        Assert.Equal((400, "GRAPHQL_VALIDATION_FAILED"), (response.Status, response.FirstErrorCode));
        Assert.Contains(word, response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_tokens_or_characters_are_refused_before_parsing()
    {
        var tokens = await api.GraphQL.PostAsync("{ regions { " + string.Concat(Enumerable.Repeat("name ", 1_001)) + "} }");
        var length = await api.GraphQL.PostAsync("{ regions { name } }" + new string(' ', 17_000));

        Assert.Equal((400, "GRAPHQL_PARSE_FAILED"), (tokens.Status, tokens.FirstErrorCode));
        Assert.Contains("tokens", tokens.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal((400, "GRAPHQL_PARSE_FAILED"), (length.Status, length.FirstErrorCode));
    }

    [Fact]
    public async Task Deep_nesting_is_refused()
    {
        var query = new StringBuilder("{ clusters(first: 1) { nodes { ");
        for (var i = 0; i < 8; i++)
        {
            query.Append("members(first: 1) { nodes { cluster { ");
        }

        query.Append("name").Append(' ', 1).Append(string.Concat(Enumerable.Repeat("} } } ", 8))).Append("} } }");

        var response = await api.GraphQL.PostAsync(query.ToString());

        Assert.Equal((400, "GRAPHQL_VALIDATION_FAILED"), (response.Status, response.FirstErrorCode));
    }

    [Fact]
    public async Task Page_sizes_multiply_into_complexity_also_through_variables_of_a_cached_document()
    {
        const string query = "query($first: Int!) { clusters(first: $first) { nodes { name members(first: $first) { nodes { name kind } } } } }";

        var small = await api.GraphQL.PostAsync(query, new { first = 5 });
        var large = await api.GraphQL.PostAsync(query, new { first = 100 });

        Assert.Empty(small.Errors);
        Assert.Equal((400, "GRAPHQL_VALIDATION_FAILED"), (large.Status, large.FirstErrorCode));
        Assert.Contains("complexity", large.Errors[0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
