using System.Text.Json.Nodes;
using Icn.Workflows.Runtime;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>Follows the first case whose condition holds, or "default".</summary>
public sealed class Switch : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Switch", "Flow", "Goes on by the first case whose condition holds, else by 'default'.",
        [
            new InputDescriptor("cases", "The cases in order: each a name (its outcome) and a JavaScript condition.", new JsonObject
            {
                ["type"] = "array",
                ["minItems"] = 1,
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray("name", "condition"),
                    ["properties"] = new JsonObject { ["name"] = new JsonObject { ["type"] = "string" }, ["condition"] = new JsonObject { ["type"] = "string" } },
                },
            }, Required: true, AcceptsExpression: false),
        ],
        ["default"],
        OutcomesFromInput: "cases");

    public ValueTask<ActivityResult> RunAsync(ActivityContext context)
    {
        foreach (var @case in (context.Value("cases") as JsonArray ?? []).OfType<JsonObject>())
        {
            var name = @case["name"]!.GetValue<string>();
            if (context.IsTrue(@case["condition"]!.GetValue<string>(), null, $"case '{name}'"))
            {
                return ValueTask.FromResult(ActivityResult.Go(name));
            }
        }

        return ValueTask.FromResult(ActivityResult.Go("default"));
    }
}
