using System.Text.Json.Nodes;
using GraphQL.Types;

namespace Icn.Graph.Workflows;

/// <summary>One field of a task's form, from the HumanTask's <c>formFields</c> input.</summary>
internal sealed class TaskFormFieldType : ObjectGraphType<JsonObject>
{
    public TaskFormFieldType()
    {
        Name = "TaskFormField";
        Description = "A field the person completing a task fills in; answers go in `completeTask`'s `data` under its `name`.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The key of the answer in `data`.").Resolve(context => Text(context.Source, "name") ?? "");
        Field<NonNullGraphType<StringGraphType>>("label").Description("What the form shows.").Resolve(context => Text(context.Source, "label") ?? Text(context.Source, "name") ?? "");
        Field<NonNullGraphType<StringGraphType>>("type").Description("text, number, date (YYYY-MM-DD) or boolean.").Resolve(context => Text(context.Source, "type") ?? "text");
        Field<NonNullGraphType<BooleanGraphType>>("required").Description("Whether an answer must be given.").Resolve(context => context.Source["required"]?.GetValueKind() == System.Text.Json.JsonValueKind.True);
    }

    private static string? Text(JsonObject field, string name) =>
        field[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
