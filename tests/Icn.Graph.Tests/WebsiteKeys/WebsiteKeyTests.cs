using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Icn.Graph.Tests.Writing;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.WebsiteKeys;

/// <summary>Admins issue website keys; a key reads public data, is stored only as a hash and stops working when revoked.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class WebsiteKeyTests(StaffApiFixture api)
{
    public const string Create = """
        mutation($input: CreateApiKeyInput!) {
          createApiKey(input: $input) {
            apiKey { id name prefix allowedOrigins createdAt lastUsedAt revokedAt cluster { slug } }
            secret
            errors { __typename code message path }
          }
        }
        """;

    private const string Revoke = """
        mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } errors { __typename code message path } } }
        """;

    /// <summary>Creates a key for the <paramref name="index"/>th scenario's cluster; answers its id and secret.</summary>
    public static async Task<(string Id, string Secret)> CreateKeyAsync(StaffApiFixture api, int index, string name, params string[] allowedOrigins)
    {
        var scenario = await WritingScenario.PickAsync(api, index);
        var admin = await api.SignInAsync("admin@demo.icn");
        var payload = (await admin.PostAsync(Create, new { input = new { clusterId = scenario.ClusterGlobalId, name, allowedOrigins } })).Payload("createApiKey");
        Assert.Empty(payload["errors"]!.AsArray());
        return (payload["apiKey"]!["id"]!.GetValue<string>(), payload["secret"]!.GetValue<string>());
    }

    public static GraphQLClient WithKey(StaffApiFixture api, string secret)
    {
        var client = api.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", secret);
        return new GraphQLClient(client);
    }

    [Fact]
    public async Task A_new_key_reads_public_data_its_secret_is_shown_once_and_only_its_hash_is_kept()
    {
        var scenario = await WritingScenario.PickAsync(api, 20);
        var admin = await api.SignInAsync("admin@demo.icn");

        var payload = (await admin.PostAsync(Create, new { input = new { clusterId = scenario.ClusterGlobalId, name = "  www.example-cluster.org ", allowedOrigins = new[] { "https://WWW.Example-Cluster.org/", "http://localhost:3000", "https://www.example-cluster.org:443" } } }))
            .Payload("createApiKey");
        Assert.Empty(payload["errors"]!.AsArray());
        var key = payload["apiKey"]!;
        var secret = payload["secret"]!.GetValue<string>();
        Assert.Equal("www.example-cluster.org", key["name"]!.GetValue<string>());
        Assert.Equal(["https://www.example-cluster.org", "http://localhost:3000"], key["allowedOrigins"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal(scenario.Slug, key["cluster"]!["slug"]!.GetValue<string>());
        Assert.Equal(secret[..key["prefix"]!.GetValue<string>().Length], key["prefix"]!.GetValue<string>());
        Assert.Null(key["lastUsedAt"]);
        Assert.Null(key["revokedAt"]);

        var website = WithKey(api, secret);
        var read = await website.PostAsync("{ viewer { email } clusters(first: 2) { nodes { name } } }");
        Assert.True(read.Errors.Count == 0, read.Pretty);
        Assert.Null(read.Data!["viewer"]);
        Assert.Equal(2, read.Data!["clusters"]!["nodes"]!.AsArray().Count);

        // Keys read what a public website shows, nothing more.
        var contact = await website.PostAsync("{ clusters(first: 1) { nodes { contact { email } } } }");
        Assert.Equal((403, "FORBIDDEN"), (contact.Status, contact.FirstErrorCode));
        var keys = await website.PostAsync("{ apiKeys { totalCount } }");
        Assert.Equal((403, "FORBIDDEN"), (keys.Status, keys.FirstErrorCode));

        // Neither the row nor its audit entry holds the secret: the row keeps its SHA-256.
        GlobalId.TryDecode(key["id"]!.GetValue<string>(), out var id);
        await using var db = api.CreateDbContext();
        var stored = await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == id.Key);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), stored.SecretHash);
        Assert.NotEqual(secret, stored.Prefix);
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.EntityId == id.Key);
        Assert.Equal(("createApiKey", "ApiKey", "admin@demo.icn"), (audit.Action, audit.EntityType, audit.ActorName));
        Assert.DoesNotContain(secret, audit.After!, StringComparison.Ordinal);
        Assert.DoesNotContain("secret_hash", audit.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_malformed_and_revoked_keys_get_401()
    {
        var (id, secret) = await CreateKeyAsync(api, 21, "soon revoked");
        var query = "{ regions { name } }";

        Assert.Equal(200, (await WithKey(api, secret).PostAsync(query)).Status);
        var unknown = await WithKey(api, "icn_abcdefgh_" + new string('x', 43)).PostAsync(query);
        Assert.Equal((401, "UNAUTHENTICATED"), (unknown.Status, unknown.FirstErrorCode));
        var wrongSecret = await WithKey(api, secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A')).PostAsync(query);
        Assert.Equal(401, wrongSecret.Status);
        Assert.Equal(401, (await WithKey(api, "not-a-key").PostAsync(query)).Status);

        var admin = await api.SignInAsync("admin@demo.icn");
        Assert.NotNull((await admin.PostAsync(Revoke, new { id })).Succeeded("revokeApiKey", "apiKey")["revokedAt"]);
        var revoked = await WithKey(api, secret).PostAsync(query);
        Assert.Equal((401, "UNAUTHENTICATED"), (revoked.Status, revoked.FirstErrorCode));
        Assert.Equal(("ConflictError", "CONFLICT", "input.id"), (await admin.PostAsync(Revoke, new { id })).Failed("revokeApiKey"));
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.id"), (await admin.PostAsync(Revoke, new { id = GlobalId.Encode("ApiKey", Guid.NewGuid()) })).Failed("revokeApiKey"));
    }

    [Fact]
    public async Task The_last_use_is_written_once_a_minute_and_listed_for_admins()
    {
        var (id, secret) = await CreateKeyAsync(api, 22, "busy website");
        var website = WithKey(api, secret);
        GlobalId.TryDecode(id, out var key);

        Assert.Equal(200, (await website.PostAsync("{ regions { name } }")).Status);
        await using var db = api.CreateDbContext();
        var first = await db.ApiKeys.AsNoTracking().Where(k => k.Id == key.Key).Select(k => k.LastUsedAt).SingleAsync();
        Assert.NotNull(first);
        Assert.Equal(200, (await website.PostAsync("{ sectors { name } }")).Status);
        var second = await db.ApiKeys.AsNoTracking().Where(k => k.Id == key.Key).Select(k => k.LastUsedAt).SingleAsync();
        Assert.Equal(first, second);

        var admin = await api.SignInAsync("admin@demo.icn");
        var listed = await admin.PostAsync("query($id: ID!) { apiKeys(where: { id: { eq: $id }, revokedAt: { eq: null } }) { nodes { name lastUsedAt } } }", new { id });
        var node = Assert.Single(listed.Data!["apiKeys"]!["nodes"]!.AsArray())!;
        Assert.Equal("busy website", node["name"]!.GetValue<string>());
        Assert.NotNull(node["lastUsedAt"]);
    }

    [Fact]
    public async Task Origins_that_are_not_origins_and_unknown_clusters_are_refused()
    {
        var scenario = await WritingScenario.PickAsync(api, 23);
        var admin = await api.SignInAsync("admin@demo.icn");
        await using var db = api.CreateDbContext();
        var before = await db.ApiKeys.CountAsync();

        async Task<(string Type, string Code, string Path)> CreateAsync(string clusterId, params string[] allowedOrigins) =>
            (await admin.PostAsync(Create, new { input = new { clusterId, name = "refused", allowedOrigins } })).Failed("createApiKey");

        foreach (var origin in new[] { "https://site.example/path", "https://site.example?q=1", "ftp://site.example", "site.example", "https://*.site.example", "https://user@site.example", "" })
        {
            Assert.Equal(("ValidationError", "VALIDATION", "input.allowedOrigins"), await CreateAsync(scenario.ClusterGlobalId, origin));
        }

        var tooMany = Enumerable.Range(1, 21).Select(i => $"https://site{i}.example").ToArray();
        Assert.Equal(("ValidationError", "VALIDATION", "input.allowedOrigins"), await CreateAsync(scenario.ClusterGlobalId, tooMany));
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.clusterId"), await CreateAsync(GlobalId.Encode("Cluster", Guid.NewGuid()), "https://site.example"));
        Assert.Equal(before, await db.ApiKeys.CountAsync());

        var board = await (await api.SignInAsync("board3@demo.icn")).PostAsync(Create, new { input = new { clusterId = scenario.ClusterGlobalId, name = "x", allowedOrigins = Array.Empty<string>() } });
        Assert.Equal((403, "FORBIDDEN"), (board.Status, board.FirstErrorCode));
    }
}
