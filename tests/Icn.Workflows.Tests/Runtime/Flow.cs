using System.Text.Json.Nodes;

namespace Icn.Workflows.Tests.Runtime;

/// <summary>Writes definitions for tests in a few lines: activities with literal or expression inputs, and connections.</summary>
internal sealed class Flow(string definitionId)
{
    private readonly JsonArray activities = [];
    private readonly JsonArray connections = [];
    private readonly JsonArray variables = [];

    public static Flow Named(string definitionId) => new Flow(definitionId).Add("start", "Start");

    /// <summary>Inputs as name/value pairs: a value of <see cref="Script"/> is an expression, anything else a literal.</summary>
    public Flow Add(string id, string type, params (string Name, object Value)[] inputs)
    {
        var given = new JsonObject();
        foreach (var (name, value) in inputs)
        {
            given[name] = value is Script script
                ? new JsonObject { ["expression"] = script.Text }
                : new JsonObject { ["literal"] = System.Text.Json.JsonSerializer.SerializeToNode(value) };
        }

        activities.Add(new JsonObject { ["id"] = id, ["type"] = type, ["inputs"] = given });
        return this;
    }

    public Flow Connect(string from, string outcome, string to)
    {
        connections.Add(new JsonObject { ["from"] = from, ["outcome"] = outcome, ["to"] = to });
        return this;
    }

    /// <summary>Connects each activity's outcome to the next: ("start", "done", "a"), ("a", "done", "b")…</summary>
    public Flow Chain(params string[] steps)
    {
        for (var i = 0; i + 2 < steps.Length; i += 2)
        {
            Connect(steps[i], steps[i + 1], steps[i + 2]);
        }

        return this;
    }

    public Flow Variable(string name, string type, object? initial = null)
    {
        var variable = new JsonObject { ["name"] = name, ["type"] = type };
        if (initial is not null)
        {
            variable["default"] = System.Text.Json.JsonSerializer.SerializeToNode(initial);
        }

        variables.Add(variable);
        return this;
    }

    public JsonObject Build() => new()
    {
        ["definitionId"] = definitionId,
        ["name"] = definitionId,
        ["variables"] = variables.DeepClone(),
        ["activities"] = activities.DeepClone(),
        ["connections"] = connections.DeepClone(),
    };
}

/// <summary>An input given as a JavaScript expression.</summary>
internal sealed record Script(string Text);
