using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Writing;

/// <summary>Who is interested in an opportunity is for the posting cluster and the Secretariat to read, nobody else.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class OpportunityInterestTests(StaffApiFixture api)
{
    private const string Errors = "errors { __typename code message path }";

    private const string Interests = """
        query($id: ID!) {
          node(id: $id) { ... on Opportunity { title interests(first: 10) { totalCount nodes { id message expressedAt withdrawnAt cluster { slug } } } } }
        }
        """;

    [Fact]
    public async Task The_posting_cluster_and_the_Secretariat_read_the_interests_and_others_get_a_forbidden_null()
    {
        var scenario = await WritingScenario.PickAsync(api, 9);
        var poster = await api.SignInAsync(scenario.Editor);
        var interested = await api.SignInAsync(scenario.OtherEditor);
        var id = await PublishedOpportunityAsync(poster, scenario.ClusterGlobalId);
        (await interested.PostAsync($$"""mutation($id: ID!) { expressInterest(input: { opportunityId: $id, message: "We build electrolysers." }) { {{Errors}} } }""", new { id }))
            .Succeeded("expressInterest", "errors");

        foreach (var reader in new[] { poster, await api.SignInAsync("secretariat@demo.icn"), await api.SignInAsync("admin@demo.icn") })
        {
            var answer = await reader.PostAsync(Interests, new { id });
            Assert.Empty(answer.Errors);
            var interests = answer.Data!["node"]!["interests"]!;
            Assert.Equal(1, interests["totalCount"]!.GetValue<int>());
            var interest = interests["nodes"]![0]!;
            Assert.Equal(("We build electrolysers.", scenario.OtherSlug), (interest["message"]!.GetValue<string>(), interest["cluster"]!["slug"]!.GetValue<string>()));
            Assert.NotNull(interest["expressedAt"]);
            Assert.Null(interest["withdrawnAt"]);
        }

        // The interested cluster itself and the Board pass the policy but not the object-level rule.
        foreach (var reader in new[] { interested, await api.SignInAsync("board3@demo.icn") })
        {
            var answer = await reader.PostAsync(Interests, new { id });
            Assert.Equal(200, answer.Status);
            Assert.Equal("Hydrogen storage partners", answer.Data!["node"]!["title"]!.GetValue<string>());
            Assert.Null(answer.Data!["node"]!["interests"]);
            Assert.Equal("FORBIDDEN", answer.FirstErrorCode);
            Assert.Equal(["node", "interests"], answer.Errors[0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        }

        // Anonymous callers are refused before anything executes.
        var anonymous = await api.Anonymous.PostAsync(Interests, new { id });
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));
        Assert.Null(anonymous.Data);
    }

    [Fact]
    public async Task Withdrawn_interests_stay_listed_with_their_time_and_can_be_filtered_out()
    {
        var scenario = await WritingScenario.PickAsync(api, 9);
        var poster = await api.SignInAsync(scenario.OtherEditor);
        var interested = await api.SignInAsync(scenario.Editor);
        var id = await PublishedOpportunityAsync(poster, scenario.OtherClusterGlobalId);
        (await interested.PostAsync($$"""mutation($id: ID!) { expressInterest(input: { opportunityId: $id, message: "Count us in." }) { {{Errors}} } }""", new { id })).Succeeded("expressInterest", "errors");
        (await interested.PostAsync($$"""mutation($id: ID!) { withdrawInterest(input: { opportunityId: $id }) { {{Errors}} } }""", new { id })).Succeeded("withdrawInterest", "errors");

        var all = (await poster.PostAsync(Interests, new { id })).Data!["node"]!["interests"]!;
        Assert.NotNull(all["nodes"]![0]!["withdrawnAt"]);
        var standing = await poster.PostAsync("query($id: ID!) { node(id: $id) { ... on Opportunity { interestCount interests(where: { withdrawnAt: { eq: null } }) { totalCount } } } }", new { id });
        Assert.Equal((0, 0), (standing.Data!["node"]!["interestCount"]!.GetValue<int>(), standing.Data!["node"]!["interests"]!["totalCount"]!.GetValue<int>()));

        // An interest is a node the posting cluster can fetch again; the interested cluster cannot.
        var interestId = all["nodes"]![0]!["id"]!.GetValue<string>();
        const string Node = "query($id: ID!) { node(id: $id) { ... on Interest { message } } }";
        Assert.Equal("Count us in.", (await poster.PostAsync(Node, new { id = interestId })).Data!["node"]!["message"]!.GetValue<string>());
        Assert.Null((await interested.PostAsync(Node, new { id = interestId })).Data!["node"]);
    }

    private static async Task<string> PublishedOpportunityAsync(GraphQLClient editor, string clusterId)
    {
        var created = await editor.PostAsync(
            $$"""mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } {{Errors}} } }""",
            new { input = new { clusterId, kind = "RESEARCH_PARTNERSHIP", title = "Hydrogen storage partners", summary = "s", body = "b" } });
        var id = created.Succeeded("createOpportunity", "opportunity")["id"]!.GetValue<string>();
        (await editor.PostAsync($$"""mutation($id: ID!) { publishOpportunity(input: { id: $id, version: 1 }) { {{Errors}} } }""", new { id })).Succeeded("publishOpportunity", "errors");
        return id;
    }
}
