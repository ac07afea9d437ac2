using System.Text.Json.Nodes;
using Icn.Workflows.Runtime;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>Sets a workflow variable.</summary>
public sealed class SetVariable : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "SetVariable", "Data", "Sets a workflow variable to a value or an expression's result.",
        [
            new InputDescriptor("variable", "The name of a variable the definition declares.", new JsonObject { ["type"] = "string" }, Required: true, AcceptsExpression: false),
            new InputDescriptor("value", "The new value.", new JsonObject(), Required: true),
        ],
        ["done"]);

    public ValueTask<ActivityResult> RunAsync(ActivityContext context)
    {
        var name = context.RequiredText("variable");
        var value = context.Value("value");
        context.Variables[name] = value;
        context.Journal($"{name} = {Shorten(value?.ToJsonString() ?? "null")}");
        return ValueTask.FromResult(ActivityResult.Go("done"));
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..197] + "..." : text;
}
