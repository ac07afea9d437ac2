using System.Text.Json.Nodes;

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
}
