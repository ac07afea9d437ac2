using System.Text.Json.Nodes;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>A task for a person: for one user, for a role (claimed by one holder) or one per holder of a role.</summary>
public sealed class HumanTask : IActivityType
{
    public ActivityDescriptor Descriptor { get; } = new(
        "HumanTask", "People",
        "A task in someone's inbox: for a user, for a role (one holder claims it) or one per holder of a role with a completion rule. Goes on by the outcome chosen.",
        [
            InputDescriptor.Text("title", "What the task asks, as the inbox shows it.", required: true),
            InputDescriptor.Choice("assignment", "'user', 'role' (claimable by one holder) or 'each-holder' (one task per holder).", true, "user", "role", "each-holder"),
            InputDescriptor.Text("role", "The role for 'role' and 'each-holder', e.g. SECRETARIAT."),
            InputDescriptor.Text("userId", "The user for 'user'."),
            InputDescriptor.Names("outcomes", "The choices the person has; each is an outcome to connect."),
            new InputDescriptor("formFields", "Fields the person fills in: name, label, type (text, number, date, boolean), required.", new JsonObject { ["type"] = "array" }),
            InputDescriptor.Text("dueIn", "How long the person has, ISO 8601 (P14D)."),
            InputDescriptor.Text("remindAfter", "When to remind, ISO 8601 (P7D)."),
            InputDescriptor.Text("completionRule", "For 'each-holder': a JavaScript condition over `votes` that ends the task early, e.g. a majority."),
            InputDescriptor.Text("subject", "The id of the Node the task is about (an application, a membership)."),
        ],
        [],
        OutcomesFromInput: "outcomes");
}
