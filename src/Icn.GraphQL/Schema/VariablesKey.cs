using System.Text.Json;
using GraphQL;

namespace Icn.GraphQL.Schema;

/// <summary>
/// A request's variables as the JSON of their input values (equal inputs, equal text), the part of
/// the keys of <see cref="PassedValidations"/> and <see cref="RememberedCoercion"/> that the request
/// brings. Written once per request and kept in its user context, where both find it.
/// </summary>
internal static class VariablesKey
{
    private const string UserContextKey = "icn.variablesKey";

    public static string Of(Inputs? variables, IDictionary<string, object?> userContext)
    {
        if (userContext.TryGetValue(UserContextKey, out var known) && known is KnownText { Variables: var seen, Text: var text } && ReferenceEquals(seen, variables))
        {
            return text;
        }

        var written = variables is { Count: > 0 } inputs ? JsonSerializer.Serialize<IReadOnlyDictionary<string, object?>>(inputs) : "";
        userContext[UserContextKey] = new KnownText(variables, written);
        return written;
    }

    /// <summary>The text with the very variables it was written from, so that a change of them in between is never missed.</summary>
    private sealed record KnownText(Inputs? Variables, string Text);
}
