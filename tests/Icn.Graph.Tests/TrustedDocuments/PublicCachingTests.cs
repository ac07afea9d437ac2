using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Icn.Graph.Tests.Infrastructure;
using Icn.Graph.Tests.WebsiteKeys;
using static Icn.Graph.Tests.TrustedDocuments.TrustedDocumentRequests;

namespace Icn.Graph.Tests.TrustedDocuments;

/// <summary>
/// A public GET of a trusted query is cacheable by browsers and CDNs, with an ETag that a
/// conditional request turns into 304; staff answers, POSTs, query texts and errors are never stored.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class PublicCachingTests(StaffApiFixture api)
{
    private const string Sectors = "query CachedSectors($first: Int!) { clusters(first: $first) { nodes { slug } } sectors { slug } }";

    [Fact]
    public async Task An_anonymous_GET_of_a_trusted_query_is_public_for_a_minute_with_an_ETag_of_its_body()
    {
        var id = (await PublishAsync(api, Sectors)).Single();

        using var first = await GetAsync(api.Anonymous.Http, id, new { first = 2 });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl!.ToString());
        Assert.Contains("Authorization", first.Headers.Vary);
        Assert.Contains("Accept", first.Headers.Vary);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        var body = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal($"\"{Base64Url(SHA256.HashData(body))}\"", etag.Tag);

        // The same request answers the same bytes and tag; holding that tag gets 304 without a body.
        using var second = await GetAsync(api.Anonymous.Http, id, new { first = 2 });
        Assert.Equal(etag, second.Headers.ETag);
        using var revalidated = await GetAsync(api.Anonymous.Http, id, new { first = 2 }, ifNoneMatch: etag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, revalidated.Headers.ETag);
        Assert.Equal("public, max-age=60", revalidated.Headers.CacheControl!.ToString());

        // Other variables are another answer: the old tag does not match it.
        using var other = await GetAsync(api.Anonymous.Http, id, new { first = 3 }, ifNoneMatch: etag.Tag);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Fact]
    public async Task A_cacheable_answer_varies_by_Origin_whether_or_not_the_request_had_one()
    {
        var id = (await PublishAsync(api, Sectors)).Single();
        var (_, secret) = await WebsiteKeyTests.CreateKeyAsync(api, 28, "cached cross-origin website", "https://www.vary.example");
        var website = WebsiteKeyTests.WithKey(api, secret).Http;

        // Without an Origin (a server rendering pages) the answer has no CORS headers; a cache
        // must not give it to a browser's cross-origin request, which needs them.
        using var withoutOrigin = await GetAsync(website, id, new { first = 1 });
        using var crossOrigin = new HttpRequestMessage(HttpMethod.Get, $"/graphql?documentId={Uri.EscapeDataString(id)}&variables={Uri.EscapeDataString("{\"first\":1}")}");
        crossOrigin.Headers.Add("Origin", "https://www.vary.example");
        using var withOrigin = await website.SendAsync(crossOrigin);

        Assert.True(withoutOrigin.Headers.CacheControl!.Public);
        Assert.Contains("Origin", withoutOrigin.Headers.Vary);
        Assert.True(withOrigin.Headers.CacheControl!.Public);
        Assert.Equal("https://www.vary.example", withOrigin.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Single(withOrigin.Headers.Vary, value => value == "Origin");
    }

    [Fact]
    public async Task A_website_keys_GET_is_cacheable_too()
    {
        var id = (await PublishAsync(api, Sectors)).Single();
        var (_, secret) = await WebsiteKeyTests.CreateKeyAsync(api, 27, "cached website");

        using var response = await GetAsync(WebsiteKeyTests.WithKey(api, secret).Http, id, new { first = 1 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Staff_answers_POSTs_query_texts_and_errors_are_never_stored()
    {
        var id = (await PublishAsync(api, Sectors)).Single();

        using var staff = await GetAsync((await api.SignInAsync("secretariat@demo.icn")).Http, id, new { first = 1 });
        AssertNotStored(staff, HttpStatusCode.OK);

        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { documentId = id, variables = new { first = 1 } }) };
        AssertNotStored(await api.Anonymous.Http.SendAsync(post), HttpStatusCode.OK);

        using var text = await GetAsync(api.Anonymous.Http, documentId: null, new { first = 1 }, query: Sectors);
        AssertNotStored(text, HttpStatusCode.OK);

        // A page over the limit executes with an error (200 under legacy JSON): still not stored.
        using var error = await GetAsync(api.Anonymous.Http, id, new { first = 1000 }, accept: "application/json");
        AssertNotStored(error, HttpStatusCode.OK);
        Assert.Equal("BAD_USER_INPUT", (await ReadAsync(error)).FirstErrorCode);

        using var unknown = await GetAsync(api.Anonymous.Http, IdOf("query NotPublishedForCaching { regions { slug } }"));
        AssertNotStored(unknown, HttpStatusCode.BadRequest);
    }

    private static void AssertNotStored(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(new CacheControlHeaderValue { NoStore = true }, response.Headers.CacheControl);
        Assert.Null(response.Headers.ETag);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
