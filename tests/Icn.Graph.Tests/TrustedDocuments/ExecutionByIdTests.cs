using System.Net;
using Icn.Graph.Tests.Infrastructure;
using Npgsql;
using static Icn.Graph.Tests.TrustedDocuments.TrustedDocumentRequests;

namespace Icn.Graph.Tests.TrustedDocuments;

/// <summary>A trusted document's id runs the document exactly as its text would, over POST and GET, with the same validation and authorization.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class ExecutionByIdTests(StaffApiFixture api)
{
    private const string Clusters = "query TrustedClusters($first: Int!) { clusters(first: $first) { totalCount nodes { slug name } } }";

    [Fact]
    public async Task A_published_document_runs_by_id_over_POST_and_GET_with_the_answer_of_its_text()
    {
        var id = (await PublishAsync(api, Clusters)).Single();
        Assert.Equal(IdOf(Clusters), id);
        var byText = await api.Anonymous.PostAsync(Clusters, new { first = 3 });
        Assert.True(byText.Errors.Count == 0, byText.Pretty);

        var post = await PostByIdAsync(api.Anonymous.Http, id, new { first = 3 });
        Assert.Equal(200, post.Status);
        Assert.Equal(byText.Body.ToJsonString(), post.Body.ToJsonString());

        using var get = await GetAsync(api.Anonymous.Http, id, new { first = 3 });
        var answer = await ReadAsync(get);
        Assert.Equal(200, answer.Status);
        Assert.Equal(byText.Body.ToJsonString(), answer.Body.ToJsonString());
        Assert.Equal(3, answer.Data!["clusters"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_unknown_id_is_PERSISTED_DOCUMENT_NOT_FOUND_with_400_or_200_for_legacy_json()
    {
        var unknown = IdOf("query NeverPublished { regions { slug } }");

        var modern = await PostByIdAsync(api.Anonymous.Http, unknown);
        Assert.Equal((400, "PERSISTED_DOCUMENT_NOT_FOUND"), (modern.Status, modern.FirstErrorCode));
        Assert.Null(modern.Data);
        var legacy = await PostByIdAsync(api.Anonymous.Http, unknown, accept: "application/json");
        Assert.Equal((200, "PERSISTED_DOCUMENT_NOT_FOUND"), (legacy.Status, legacy.FirstErrorCode));
        using var get = await GetAsync(api.Anonymous.Http, unknown);
        Assert.Equal((400, "PERSISTED_DOCUMENT_NOT_FOUND"), ((int)get.StatusCode, (await ReadAsync(get)).FirstErrorCode));
    }

    [Theory]
    [InlineData("sha256:ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789")]
    [InlineData("sha256:abcdef0123456789abcdef0123456789abcdef0123456789abcdef012345678")]
    [InlineData("md5:0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("sha256:")]
    public async Task A_malformed_id_is_a_bad_request_whatever_the_media_type(string documentId)
    {
        foreach (var accept in new[] { ModernMediaType, "application/json" })
        {
            var post = await PostByIdAsync(api.Anonymous.Http, documentId, accept: accept);
            Assert.Equal((400, "BAD_REQUEST"), (post.Status, post.FirstErrorCode));
            using var get = await GetAsync(api.Anonymous.Http, documentId, accept: accept);
            Assert.Equal((400, "BAD_REQUEST"), ((int)get.StatusCode, (await ReadAsync(get)).FirstErrorCode));
        }
    }

    [Fact]
    public async Task Sending_both_a_query_and_a_documentId_or_an_id_that_is_not_a_string_is_a_bad_request()
    {
        var id = IdOf("{ regions { slug } }");
        using var both = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ regions { slug } }", documentId = id }),
        };
        var post = await ReadAsync(await api.Anonymous.Http.SendAsync(both));
        Assert.Equal((400, "BAD_REQUEST"), (post.Status, post.FirstErrorCode));
        Assert.Contains("not both", post.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        using var get = await GetAsync(api.Anonymous.Http, id, query: "{ regions { slug } }");
        Assert.Equal((400, "BAD_REQUEST"), ((int)get.StatusCode, (await ReadAsync(get)).FirstErrorCode));

        using var number = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { documentId = 42 }) };
        var notText = await ReadAsync(await api.Anonymous.Http.SendAsync(number));
        Assert.Equal((400, "BAD_REQUEST"), (notText.Status, notText.FirstErrorCode));
    }

    [Fact]
    public async Task A_document_sent_by_id_is_authorized_and_limited_like_a_text()
    {
        var restricted = "query TrustedContacts { clusters(first: 1) { nodes { contact { email } } } }";
        var mutation = "mutation TrustedRevoke { revokeApiKey(input: { id: \"QXBpS2V5OjA\" }) { errors { code } } }";
        var ids = await PublishAsync(api, restricted, mutation);

        var anonymous = await PostByIdAsync(api.Anonymous.Http, ids[0]);
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));
        Assert.Null(anonymous.Data);
        var board = await PostByIdAsync((await api.SignInAsync("board1@demo.icn")).Http, ids[0]);
        Assert.True(board.Status == 200 && board.Errors.Count == 0, board.Pretty);

        // A published mutation still needs its role, and never runs over GET.
        var anonymousMutation = await PostByIdAsync(api.Anonymous.Http, ids[1]);
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymousMutation.Status, anonymousMutation.FirstErrorCode));
        using var get = await GetAsync((await api.SignInAsync("admin@demo.icn")).Http, ids[1]);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(["POST"], get.Content.Headers.Allow);

        // Variables are checked as for a text: a page over the limit is refused.
        var clusters = (await PublishAsync(api, Clusters)).Single();
        var tooMany = await PostByIdAsync(api.Anonymous.Http, clusters, new { first = 1000 });
        Assert.Equal("BAD_USER_INPUT", tooMany.FirstErrorCode);
    }

    [Fact]
    public async Task A_document_is_read_from_the_database_once_then_from_memory()
    {
        // Written straight into the table, as another API process would: this process has never seen it.
        var body = "query FromAnotherProcess { __typename }";
        await using (var db = api.CreateDbContext())
        {
            db.TrustedDocuments.Add(new Icn.Domain.Documents.TrustedDocument { Id = IdOf(body)["sha256:".Length..], Body = body, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        using var counter = new SqlCommandCounter(new NpgsqlConnectionStringBuilder(api.Factory.ConnectionString).Database!);
        var first = await PostByIdAsync(api.Anonymous.Http, IdOf(body));
        Assert.Equal("Query", first.Data!["__typename"]!.GetValue<string>());
        Assert.Equal(1, counter.Count);

        counter.Reset();
        var second = await PostByIdAsync(api.Anonymous.Http, IdOf(body));
        Assert.Equal("Query", second.Data!["__typename"]!.GetValue<string>());
        Assert.Equal(0, counter.Count);
    }
}
