using Icn.GraphQL.Scalars;

namespace Icn.Graph.Engine.Scalars;

/// <summary>CommonMark text; every Markdown field has a sanitised HTML rendering beside it.</summary>
internal sealed class MarkdownGraphType : ValidatedStringGraphType
{
    public MarkdownGraphType()
    {
        Name = "Markdown";
        Description = "Text in CommonMark Markdown. Render the sanitised HTML field beside it rather than this text.";
    }

    protected override string? Problem(string value) => null;
}
