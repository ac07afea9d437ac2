using Icn.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Icn.Graph.Tests.Errors;

/// <summary>API-CONVENTIONS.md: spec errors with locations for invalid documents, each with its code.</summary>
[Collection(ApiCollection.Name)]
public sealed class ErrorShapeTests(ApiFixture api)
{
    [Fact]
    public async Task A_syntax_error_is_parse_failed_with_its_location_and_no_data()
    {
        var response = await api.GraphQL.PostAsync("{ regions { name ");

        Assert.Equal(400, response.Status);
        Assert.False(response.Body.ContainsKey("data"));
        Assert.Equal("GRAPHQL_PARSE_FAILED", response.FirstErrorCode);
        Assert.NotNull(response.Errors[0]!["locations"]);
    }

    [Fact]
    public async Task A_validation_error_names_the_field_and_where_it_is()
    {
        var response = await api.GraphQL.PostAsync("{\n  regions { name population }\n}");

        Assert.Equal(400, response.Status);
        response.Pretty.MatchSnapshot();
    }

    [Fact]
    public async Task A_wrongly_typed_variable_is_bad_user_input()
    {
        var response = await api.GraphQL.PostAsync("query($slug: String!) { cluster(slug: $slug) { name } }", new { slug = new[] { 1, 2 } });

        Assert.Equal(400, response.Status);
        Assert.Equal("BAD_USER_INPUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_cached_document_still_checks_each_request_variables()
    {
        const string query = "query Cached($first: Int) { regions { slug } opportunities(first: $first) { totalCount } }";

        var good = await api.GraphQL.PostAsync(query, new { first = 3 });
        var bad = await api.GraphQL.PostAsync(query, new { first = "three" });
        var goodAgain = await api.GraphQL.PostAsync(query, new { first = 3 });

        Assert.Equal(200, good.Status);
        Assert.Equal(400, bad.Status);
        Assert.Equal("BAD_USER_INPUT", bad.FirstErrorCode);
        Assert.Equal(good.Pretty, goodAgain.Pretty);
    }

    [Fact]
    public async Task Legacy_json_clients_get_200_for_the_same_validation_error()
    {
        var response = await api.GraphQL.PostAsync("{ regions { population } }", accept: "application/json");

        Assert.Equal(200, response.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.FirstErrorCode);
    }
}
