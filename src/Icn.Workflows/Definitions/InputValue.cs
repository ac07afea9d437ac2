using System.Text.Json;

namespace Icn.Workflows.Definitions;

/// <summary>
/// An activity input: a literal JSON value, or a JavaScript expression evaluated when the activity
/// runs. Which one it is is explicit in the JSON (<c>{"literal": ...}</c> or <c>{"expression": "..."}</c>),
/// never guessed from the text.
/// </summary>
public sealed record InputValue
{
    public JsonElement? Literal { get; init; }

    public string? Expression { get; init; }

    public bool IsExpression => Expression is not null;

    public static InputValue Of(JsonElement literal) => new() { Literal = literal };

    public static InputValue Script(string expression) => new() { Expression = expression };
}
