using Icn.Graph.Tests.Infrastructure;
using Icn.Graph.Tests.WebsiteKeys;
using Icn.Graph.Tests.Writing;
using static Icn.Graph.Tests.TrustedDocuments.TrustedDocumentRequests;

namespace Icn.Graph.Tests.TrustedDocuments;

/// <summary>A website key made with trustedDocumentsOnly runs published documents only; a query text is refused before anything runs.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class TrustedOnlyKeyTests(StaffApiFixture api)
{
    [Fact]
    public async Task A_trusted_only_key_refuses_query_texts_but_runs_published_documents()
    {
        var scenario = await WritingScenario.PickAsync(api, 25);
        var admin = await api.SignInAsync("admin@demo.icn");
        var created = (await admin.PostAsync(WebsiteKeyTests.Create.Replace("allowedOrigins createdAt", "allowedOrigins trustedDocumentsOnly createdAt", StringComparison.Ordinal), new
        {
            input = new { clusterId = scenario.ClusterGlobalId, name = "trusted only", allowedOrigins = Array.Empty<string>(), trustedDocumentsOnly = true },
        })).Payload("createApiKey");
        Assert.Empty(created["errors"]!.AsArray());
        Assert.True(created["apiKey"]!["trustedDocumentsOnly"]!.GetValue<bool>());
        var website = WebsiteKeyTests.WithKey(api, created["secret"]!.GetValue<string>());

        var text = "query KeyRegions { regions { slug } }";
        foreach (var accept in new[] { ModernMediaType, "application/json" })
        {
            var refused = await website.PostAsync(text, accept: accept);
            Assert.Equal((403, "FORBIDDEN"), (refused.Status, refused.FirstErrorCode));
            Assert.Contains("only trusted documents", refused.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Null(refused.Data);
        }

        using var get = await GetAsync(website.Http, documentId: null, query: text);
        Assert.Equal((403, "FORBIDDEN"), ((int)get.StatusCode, (await ReadAsync(get)).FirstErrorCode));

        var id = (await PublishAsync(api, text)).Single();
        var post = await PostByIdAsync(website.Http, id);
        Assert.True(post.Status == 200 && post.Errors.Count == 0, post.Pretty);
        using var byGet = await GetAsync(website.Http, id);
        Assert.Equal(200, (int)byGet.StatusCode);
    }

    [Fact]
    public async Task A_key_made_without_the_setting_still_runs_query_texts()
    {
        var (_, secret) = await WebsiteKeyTests.CreateKeyAsync(api, 26, "texts allowed");
        var read = await WebsiteKeyTests.WithKey(api, secret).PostAsync("{ regions { slug } }");
        Assert.True(read.Status == 200 && read.Errors.Count == 0, read.Pretty);
    }
}
