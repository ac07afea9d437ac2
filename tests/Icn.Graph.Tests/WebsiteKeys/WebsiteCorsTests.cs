using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.WebsiteKeys;

/// <summary>Browsers on a member website call the API with its key, from the origins the key lists and no others.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class WebsiteCorsTests(StaffApiFixture api)
{
    private const string AllowedOrigin = "https://www.cors-cluster.example";

    [Fact]
    public async Task A_preflight_is_answered_for_a_keys_origin_and_refused_for_others()
    {
        await WebsiteKeyTests.CreateKeyAsync(api, 24, "cors preflight", AllowedOrigin);
        using var client = api.Factory.CreateClient();

        using var allowed = await client.SendAsync(Preflight(AllowedOrigin));
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal(AllowedOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Authorization", allowed.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.Ordinal);

        using var unknown = await client.SendAsync(Preflight("https://elsewhere.example"));
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        Assert.False(unknown.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_request_with_a_key_is_shared_with_its_own_origins_only()
    {
        var (_, secret) = await WebsiteKeyTests.CreateKeyAsync(api, 24, "cors requests", AllowedOrigin);
        using var client = WebsiteKeyTests.WithKey(api, secret).Http;

        using var fromSite = await client.SendAsync(Query(AllowedOrigin));
        Assert.Equal(HttpStatusCode.OK, fromSite.StatusCode);
        Assert.Equal(AllowedOrigin, fromSite.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var fromElsewhere = await client.SendAsync(Query("https://copycat.example"));
        Assert.Equal(HttpStatusCode.Forbidden, fromElsewhere.StatusCode);
        Assert.False(fromElsewhere.Headers.Contains("Access-Control-Allow-Origin"));
        var body = JsonNode.Parse(await fromElsewhere.Content.ReadAsStringAsync())!;
        Assert.Equal("FORBIDDEN", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        return request;
    }

    private static HttpRequestMessage Query(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ regions { name } }" }) };
        request.Headers.Add("Origin", origin);
        return request;
    }
}
