using System.Text.Json.Nodes;
using Icn.Workflows.Activities;
using Icn.Workflows.Definitions;

namespace Icn.Workflows.Tests.Definitions;

/// <summary>Publishing refuses what the runtime could not run, each problem with the JSON path it concerns.</summary>
public sealed class DefinitionValidatorTests
{
    private readonly DefinitionValidator validator = new(new ActivityCatalog([typeof(ActivityCatalog).Assembly]));

    [Fact]
    public void A_well_formed_definition_passes_and_survives_a_round_trip()
    {
        var (definition, problem) = WorkflowDefinitionJson.Read(SampleDefinitions.Review);

        Assert.Null(problem);
        Assert.Empty(validator.Validate(definition!));
        var again = WorkflowDefinitionJson.Read(WorkflowDefinitionJson.Write(definition!)).Definition!;
        Assert.Equal(WorkflowDefinitionJson.Write(definition!), WorkflowDefinitionJson.Write(again));
        Assert.True(again.Activities[2].Inputs["value"].IsExpression);
    }

    [Theory]
    [InlineData("second start", "activities", """{ "id": "start2", "type": "Start" }""", "$.activities")]
    [InlineData("unknown type", "activities", """{ "id": "x", "type": "Teleport" }""", "$.activities[6].type")]
    [InlineData("duplicate id", "activities", """{ "id": "review", "type": "End" }""", "$.activities[6].id")]
    [InlineData("unreachable", "activities", """{ "id": "island", "type": "End" }""", "$.activities[6]")]
    [InlineData("dangling target", "connections", """{ "from": "tell", "outcome": "done", "to": "nowhere" }""", "$.connections[7].to")]
    [InlineData("unknown port", "connections", """{ "from": "review", "outcome": "maybe", "to": "end" }""", "$.connections[7].outcome")]
    [InlineData("unknown source", "connections", """{ "from": "ghost", "outcome": "done", "to": "end" }""", "$.connections[7].from")]
    public void A_broken_flowchart_is_refused_where_it_breaks(string _, string list, string added, string path)
    {
        var json = JsonNode.Parse(SampleDefinitions.Review)!;
        json[list]!.AsArray().Add(JsonNode.Parse(added));

        var problems = validator.Validate(WorkflowDefinitionJson.Read(json.ToJsonString()).Definition!);

        Assert.Contains(problems, p => p.Path == path);
    }

    [Theory]
    [InlineData("review", "title", null, "$.activities[1].inputs.title")]
    [InlineData("review", "assignment", """{ "expression": "'role'" }""", "$.activities[1].inputs.assignment")]
    [InlineData("review", "deadline", """{ "literal": "P1D" }""", "$.activities[1].inputs.deadline")]
    [InlineData("review", "title", """{ "literal": 42 }""", "$.activities[1].inputs.title")]
    [InlineData("remember", "value", """{ "expression": "input.outcome ===" }""", "$.activities[2].inputs.value")]
    [InlineData("remember", "variable", """{ "literal": "undeclared" }""", "$.activities[2].inputs.variable")]
    [InlineData("route", "cases", """{ "literal": [ { "name": "yes", "condition": "variables.approved &&" } ] }""", "$.activities[3].inputs.cases[0].condition")]
    public void A_wrong_input_is_refused_on_its_path(string activity, string input, string? value, string path)
    {
        var json = JsonNode.Parse(SampleDefinitions.Review)!;
        var inputs = json["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == activity)!["inputs"]!.AsObject();
        inputs.Remove(input);
        if (value is not null)
        {
            inputs[input] = JsonNode.Parse(value);
        }

        var problems = validator.Validate(WorkflowDefinitionJson.Read(json.ToJsonString()).Definition!);

        Assert.Contains(problems, p => p.Path == path);
    }

    [Theory]
    [InlineData("{ \"definitionId\": ", "$")]
    [InlineData("""{ "definitionId": "x", "name": "n", "activitys": [] }""", "$")]
    [InlineData("""{ "definitionId": "x", "name": "n", "activities": [ { "id": "a", "type": "Start", "inputs": { "x": { "literal": 1, "unknown": 2 } } } ] }""", "$.activities[0].inputs.x.unknown")]
    public void Json_that_is_not_a_definition_is_refused_clearly(string json, string pathStart)
    {
        var (definition, problem) = WorkflowDefinitionJson.Read(json);

        Assert.Null(definition);
        Assert.StartsWith(pathStart, problem!.Path, StringComparison.Ordinal);
        Assert.StartsWith("Not a workflow definition", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Membership Application")]
    [InlineData("membership_application")]
    [InlineData("")]
    public void A_definition_id_must_be_a_slug(string id)
    {
        var json = JsonNode.Parse(SampleDefinitions.Review)!;
        json["definitionId"] = id;

        Assert.Contains(validator.Validate(WorkflowDefinitionJson.Read(json.ToJsonString()).Definition!), p => p.Path == "$.definitionId");
    }
}
