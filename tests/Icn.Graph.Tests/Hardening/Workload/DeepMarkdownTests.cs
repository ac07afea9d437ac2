using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Icn.Domain.Opportunities;
using Icn.Domain.Persistence;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Icn.Graph.Tests.Hardening.Workload;

/// <summary>
/// Markdown nested thousands deep, or dense enough to make Markdig work super-linearly: every
/// mutation that stores Markdown refuses it with a ValidationError on the field, within a second
/// and a second of CPU; and such a text already in the database is shown as escaped text, never
/// failing the read.
/// </summary>
[Collection(HostileApiCollection.Name)]
public sealed class DeepMarkdownTests(HostileApiFixture api, ITestOutputHelper output)
{
    private static readonly SemaphoreSlim SignIn = new(1, 1);
    private static (string Token, string ClusterId)? editor;

    public static TheoryData<string, string> Hostile() => new()
    {
        { "quotes 2000 deep", new string('>', 2000) + " x" },
        { "lists 2000 deep", Repeat("- ", 2000) + "x" },
        { "indented lists 200 deep", string.Join('\n', Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- x")) },
        { "emphasis 2000 deep", Repeat("*a ", 2000) + "x" + Repeat(" a*", 2000) },
        { "links 2000 deep", Repeat("[", 2000) + "x" + Repeat("](u)", 2000) },
        { "brackets", Repeat("[a ", 10_000) + Repeat("]", 10_000) },
        { "unclosed links, 48 KB", Repeat("[x](", 12_000) },
        { "bare links, 48 KB", Repeat("www.a.b ", 6_000) },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Writing_it_is_a_validation_error_on_the_body(string shape, string body)
    {
        var (token, clusterId) = await EditorAsync();
        var input = new JsonObject
        {
            ["clusterId"] = clusterId,
            ["kind"] = "BUYER_REQUEST",
            ["title"] = $"Hostile Markdown: {shape}",
            ["summary"] = "A body built to break rendering.",
            ["body"] = body,
        };

        await WarmUpAsync();
        var answer = await api.SendAsync(() => Mutation(token, "createOpportunity(input: $input) { opportunity { id } errors { __typename path message } }", "CreateOpportunityInput", input));

        await api.AssertRefusedQuicklyAsync(answer, 200, null, output);
        AssertValidationErrorOn(answer, "createOpportunity", "body");
    }

    [Fact]
    public async Task Every_mutation_that_stores_Markdown_refuses_it()
    {
        var (token, clusterId) = await EditorAsync();
        var deep = new string('>', 2000) + " x";
        var writes = new (string Field, string InputType, JsonObject Input, string MarkdownField)[]
        {
            ("createEvent", "CreateEventInput", new JsonObject
            {
                ["hostClusterId"] = clusterId, ["kind"] = "WEBINAR", ["title"] = "Hostile Markdown", ["description"] = deep,
                ["startsAt"] = "2030-01-01T10:00:00Z", ["endsAt"] = "2030-01-01T11:00:00Z", ["timeZone"] = "Europe/Copenhagen",
            }, "description"),
            ("createArticle", "CreateArticleInput", new JsonObject
            {
                ["clusterId"] = clusterId, ["kind"] = "NEWS", ["title"] = "Hostile Markdown", ["summary"] = "Deep.", ["body"] = deep,
            }, "body"),
        };

        await WarmUpAsync();
        foreach (var (field, inputType, input, markdownField) in writes)
        {
            var answer = await api.SendAsync(() => Mutation(token, $"{field}(input: $input) {{ errors {{ __typename path message }} }}", inputType, input));

            await api.AssertRefusedQuicklyAsync(answer, 200, null, output);
            AssertValidationErrorOn(answer, field, markdownField);
        }

        var opportunity = await StoreAsync("A body within the bounds", "Fine.");
        var update = await api.SendAsync(() => Mutation(token, "updateOpportunity(input: $input) { errors { __typename path message } }", "UpdateOpportunityInput",
            new JsonObject { ["id"] = opportunity, ["version"] = 1, ["body"] = deep }));
        await api.AssertRefusedQuicklyAsync(update, 200, null, output);
        AssertValidationErrorOn(update, "updateOpportunity", "body");
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Reading_it_stored_already_shows_it_as_escaped_text(string shape, string body)
    {
        var id = await StoreAsync($"Stored hostile Markdown: {shape}", body);
        await WarmUpAsync();

        var answer = await api.SendAsync(() => HostileApiFixture.GraphQLPost(JsonSerializer.Serialize(new
        {
            query = "query($id: ID!) { node(id: $id) { ... on Opportunity { body bodyHtml } } }",
            variables = new { id },
        })));

        await api.AssertRefusedQuicklyAsync(answer, 200, null, output);
        var json = JsonNode.Parse(answer.Body)!;
        Assert.Null(json["errors"]);
        var html = json["data"]!["node"]!["bodyHtml"]!.GetValue<string>();
        Assert.StartsWith("<p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<blockquote", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
    }

    /// <summary>The first rendering pays for compiling Markdig and the sanitizer and building their tables; no hostile request should.</summary>
    private async Task WarmUpAsync() =>
        await api.SendAsync(() => HostileApiFixture.GraphQLPost("{\"query\":\"{ opportunities(first: 3) { nodes { bodyHtml } } }\"}"));

    /// <summary>Writes a published opportunity straight into the database, past the API's checks, as a row from before them would be.</summary>
    private async Task<string> StoreAsync(string title, string body)
    {
        await using var db = new IcnDbContext(new DbContextOptionsBuilder<IcnDbContext>().UseIcnDatabase(api.ConnectionString).Options);
        var (_, clusterId) = await EditorAsync();
        var opportunity = new Opportunity
        {
            PostedById = GlobalId.TryDecode(clusterId, out var cluster) ? cluster.Key : throw new InvalidOperationException($"Not a cluster id: {clusterId}"),
            Kind = OpportunityKind.BuyerRequest,
            Status = OpportunityStatus.Published,
            Title = title,
            Summary = "Stored past the API.",
            Body = body,
            PublishedAt = DateTime.UtcNow,
        };
        db.Opportunities.Add(opportunity);
        await db.SaveChangesAsync();
        return GlobalId.Encode("Opportunity", opportunity.Id);
    }

    private static void AssertValidationErrorOn(MeasuredAnswer answer, string mutation, string field)
    {
        var errors = JsonNode.Parse(answer.Body)!["data"]![mutation]!["errors"]!.AsArray();
        var error = Assert.Single(errors)!;
        Assert.Equal("ValidationError", error["__typename"]!.GetValue<string>());
        Assert.Equal(["input", field], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Contains("cannot be rendered", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Mutation(string token, string selection, string inputType, JsonObject input)
    {
        var request = HostileApiFixture.GraphQLPost(new JsonObject
        {
            ["query"] = $"mutation($input: {inputType}!) {{ {selection} }}",
            ["variables"] = new JsonObject { ["input"] = input.DeepClone() },
        }.ToJsonString());
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>An editor of the first member cluster, signed in once for the class.</summary>
    private async Task<(string Token, string ClusterId)> EditorAsync()
    {
        await SignIn.WaitAsync();
        try
        {
            if (editor is { } signedIn)
            {
                return signedIn;
            }

            var clusters = await api.SendAsync(() => HostileApiFixture.GraphQLPost("{\"query\":\"{ clusters(first: 1) { nodes { id slug } } }\"}"));
            var cluster = JsonNode.Parse(clusters.Body)!["data"]!["clusters"]!["nodes"]![0]!;
            var token = await BearerSignIn.TokenAsync(api.Http, $"editor.{cluster["slug"]!.GetValue<string>()}@demo.icn", StaffApiFixture.Password)
                ?? throw new InvalidOperationException("The demo editor could not sign in.");
            editor = (token, cluster["id"]!.GetValue<string>());
            return editor.Value;
        }
        finally
        {
            SignIn.Release();
        }
    }

    private static string Repeat(string unit, int times) => string.Concat(Enumerable.Repeat(unit, times));
}
