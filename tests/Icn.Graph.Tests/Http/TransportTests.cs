using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Http;

/// <summary>What the GraphQL over HTTP spec's audit suite does not cover: refusals a browser, a proxy or an attacker provokes.</summary>
[Collection(ApiCollection.Name)]
public sealed class TransportTests(ApiFixture api)
{
    private HttpClient Http => api.GraphQL.Http;

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_post_that_is_not_utf8_json_is_refused_with_415(string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}"));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await Http.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", await FirstErrorCodeAsync(response));
    }

    [Fact]
    public async Task Other_methods_get_405_with_the_allowed_ones()
    {
        using var response = await Http.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", response.Content.Headers.Allow.Count > 0
            ? string.Join(", ", response.Content.Headers.Allow)
            : string.Join(", ", response.Headers.GetValues("Allow")));
    }

    [Fact]
    public async Task A_mutation_over_get_gets_405_and_allow_post()
    {
        using var response = await Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task A_client_that_accepts_no_json_gets_406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json("{\"query\":\"{ __typename }\"}") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // Chunked: no Content-Length to refuse it by, so it is refused once it passes the limit.
    public async Task A_body_over_the_limit_gets_413(bool withLength)
    {
        var body = "{\"query\":\"{ __typename }\"" + new string(' ', 1_100_000) + "}";
        using var response = await Http.PostAsync("/graphql", withLength ? Json(body) : Chunked(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_sent_in_chunks_is_read_whole()
    {
        // Long enough to arrive in several reads of the request's pipe.
        var padding = new string(' ', 200_000);
        using var response = await Http.PostAsync("/graphql", Chunked("{\"query\":\"{ __typename }\"," + padding + "\"variables\":{}}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"data\":{\"__typename\":\"Query\"}}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("[{\"query\":\"{ __typename }\"}]", "Batched requests are not supported")]
    [InlineData("{\"query\":\"{ __typename }\"", "not valid JSON")]
    [InlineData("{\"query\":42}", "'query' must be a string")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":[1]}", "'variables' must be a JSON object")]
    public async Task A_malformed_body_gets_400_with_a_clear_message(string body, string expected)
    {
        using var response = await Http.PostAsync("/graphql", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(expected, answer["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("BAD_REQUEST", answer["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(answer["data"]);
    }

    [Fact]
    public async Task A_browser_opening_the_endpoint_is_sent_to_graphiql()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        using var client = api.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphiql", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Responses_declare_the_negotiated_media_type_and_utf8()
    {
        var response = await api.GraphQL.PostAsync("{ __typename }");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>A JSON body sent with chunked transfer encoding: no Content-Length to refuse it by.</summary>
    private static StreamContent Chunked(string body)
    {
        var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    private static async Task<string?> FirstErrorCodeAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
}
