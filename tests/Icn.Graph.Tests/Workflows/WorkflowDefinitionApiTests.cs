using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Workflows;

/// <summary>Admins save drafts, publish validated immutable versions and revert to earlier ones through the API.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class WorkflowDefinitionApiTests(StaffApiFixture api)
{
    private const string Errors = "errors { __typename code message path }";
    private const string Save = $"mutation($json: String!) {{ saveWorkflowDraft(input: {{ json: $json }}) {{ definition {{ definitionId version isPublished }} {Errors} }} }}";
    private const string Publish = $"mutation($id: String!) {{ publishWorkflow(input: {{ definitionId: $id }}) {{ definition {{ version isPublished publishedAt }} {Errors} }} }}";

    [Fact]
    public async Task A_draft_is_saved_published_as_a_version_continued_as_the_next_and_reverted()
    {
        var admin = await api.SignInAsync("admin@demo.icn");
        var id = $"api-test-{Guid.NewGuid():N}"[..20];

        var first = (await admin.PostAsync(Save, new { json = Definition(id, "Ask the Secretariat") })).Succeeded("saveWorkflowDraft", "definition");
        (await admin.PostAsync(Save, new { json = Definition(id, "Ask the Secretariat again") })).Succeeded("saveWorkflowDraft", "definition");
        var published = (await admin.PostAsync(Publish, new { id })).Succeeded("publishWorkflow", "definition");
        var second = (await admin.PostAsync(Save, new { json = Definition(id, "Ask the Board") })).Succeeded("saveWorkflowDraft", "definition");
        var reverted = (await admin.PostAsync(
            $"mutation($id: String!) {{ revertWorkflow(input: {{ definitionId: $id, version: 1 }}) {{ definition {{ version json }} {Errors} }} }}", new { id }))
            .Succeeded("revertWorkflow", "definition");
        var listed = await admin.PostAsync(
            "query($id: String!) { workflowDefinitions(where: { definitionId: { eq: $id } }) { nodes { version isPublished versions { version isPublished } } } }", new { id });

        Assert.Equal((1, false), (first["version"]!.GetValue<int>(), first["isPublished"]!.GetValue<bool>()));
        Assert.Equal((1, true), (published["version"]!.GetValue<int>(), published["isPublished"]!.GetValue<bool>()));
        Assert.Equal(2, second["version"]!.GetValue<int>());
        Assert.Equal(2, reverted["version"]!.GetValue<int>());
        Assert.Contains("Ask the Secretariat again", reverted["json"]!.GetValue<string>(), StringComparison.Ordinal);
        var node = listed.Data!["workflowDefinitions"]!["nodes"]!.AsArray().Single()!;
        Assert.Equal(2, node["version"]!.GetValue<int>());
        Assert.Equal([true, false], node["versions"]!.AsArray().Select(v => v!["isPublished"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task An_invalid_draft_is_not_published_and_says_where_it_breaks()
    {
        var admin = await api.SignInAsync("admin@demo.icn");
        var id = $"api-broken-{Guid.NewGuid():N}"[..20];
        var broken = JsonNode.Parse(Definition(id, "t"))!;
        broken["connections"]!.AsArray().Add(JsonNode.Parse("""{ "from": "task", "outcome": "maybe", "to": "end" }"""));

        (await admin.PostAsync(Save, new { json = broken.ToJsonString() })).Succeeded("saveWorkflowDraft", "definition");
        var refused = await admin.PostAsync(Publish, new { id });
        var malformed = await admin.PostAsync(Save, new { json = "{ \"definitionId\": " });

        Assert.Equal(("ValidationError", "VALIDATION", "input.definitionId"), refused.Failed("publishWorkflow"));
        Assert.Contains("$.connections[2].outcome", refused.Payload("publishWorkflow")["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(("ValidationError", "VALIDATION", "input.json"), malformed.Failed("saveWorkflowDraft"));
    }

    [Fact]
    public async Task Definitions_and_the_palette_are_for_admins_only()
    {
        var secretariat = await (await api.SignInAsync("secretariat@demo.icn")).PostAsync("{ activityTypes { type } }");
        var admin = await (await api.SignInAsync("admin@demo.icn")).PostAsync("{ activityTypes { type outcomes outcomesFromInput inputs { name required acceptsExpression schema } } }");
        var anonymous = await api.Anonymous.PostAsync(Save, new { json = "{}" });

        Assert.Equal((403, "FORBIDDEN"), (secretariat.Status, secretariat.FirstErrorCode));
        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, anonymous.FirstErrorCode));
        Assert.Contains(admin.Data!["activityTypes"]!.AsArray(), t => t!["type"]!.GetValue<string>() == "HumanTask");
    }

    private static string Definition(string id, string title) => $$"""
        {
          "definitionId": "{{id}}", "name": "A test workflow",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "task", "type": "HumanTask", "inputs": { "title": { "literal": "{{title}}" }, "assignment": { "literal": "role" },
              "role": { "literal": "SECRETARIAT" }, "outcomes": { "literal": ["done"] } } },
            { "id": "end", "type": "End" }
          ],
          "connections": [ { "from": "start", "outcome": "done", "to": "task" }, { "from": "task", "outcome": "done", "to": "end" } ]
        }
        """;
}
