using Icn.Graph.Engine.Mutations;

namespace Icn.Graph.Content;

/// <summary>Reading a Markdown field of a mutation's input: text that must also render within the Markdown bounds.</summary>
internal static class MarkdownInputs
{
    /// <summary>
    /// As <see cref="MutationInput.Text"/>, and a ValidationError on the field when the text cannot be
    /// rendered within <see cref="MarkdownBounds"/>: what is stored can always be shown as written.
    /// </summary>
    public static string? Markdown(this MutationInput input, string field, int maxLength, IServiceProvider services)
    {
        var text = input.Text(field, maxLength);
        if (text is not null && services.GetRequiredService<MarkdownHtml>().Problem(text) is { } problem)
        {
            input.Invalid(field, $"'{field}' cannot be rendered: {problem}.");
            return null;
        }

        return text;
    }
}
