using System.Net.Http.Headers;
using System.Text;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Tests.Hardening;

/// <summary>
/// Every case of the corpus gets its status and error code, never a 500; afterwards the data is
/// unchanged and the server still answers.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HostileRequestTests(ApiFixture api)
{
    public static TheoryData<HostileRequest> Corpus => [.. HostileRequestCorpus.All];

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task A_hostile_request_gets_its_answer_and_changes_nothing(HostileRequest hostile)
    {
        var before = await FingerprintAsync();

        using var request = hostile.Method == "GET"
            ? new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(hostile.Body))
            : new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(hostile.Body)) };
        request.Content?.Headers.TryAddWithoutValidation("Content-Type", hostile.ContentType);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (hostile.Authorization is { } authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await api.GraphQL.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var answer = System.Text.Json.Nodes.JsonNode.Parse(body)!;
        var code = answer["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

        Assert.True(hostile.Status == (int)response.StatusCode && hostile.Code == code, $"{hostile}: got {(int)response.StatusCode} {code}: {body[..Math.Min(body.Length, 400)]}");
        Assert.Equal(before, await FingerprintAsync());
        var alive = await api.GraphQL.PostAsync("{ regions { name } }");
        Assert.Equal(200, alive.Status);
    }

    [Fact]
    public void Every_category_has_cases()
    {
        string[] categories = ["malformed body", "wrong types", "oversize", "floods", "batches", "ids and cursors", "credentials", "cross-site"];
        Assert.Equal(categories, HostileRequestCorpus.All.Select(c => c.Category).Distinct());
    }

    /// <summary>Row counts and the latest change of the written tables: any write shows here.</summary>
    private async Task<string> FingerprintAsync()
    {
        await using var db = api.CreateDbContext();
        return string.Join('|',
            await db.Clusters.CountAsync(), await db.Clusters.MaxAsync(c => c.UpdatedAt),
            await db.Opportunities.CountAsync(), await db.Opportunities.MaxAsync(o => o.UpdatedAt),
            await db.Events.CountAsync(), await db.Articles.CountAsync(), await db.Members.CountAsync(),
            await db.AuditEntries.CountAsync(), await db.ApiKeys.CountAsync(), await db.Users.CountAsync());
    }
}
