using Icn.GraphQL.Http;
using System.ComponentModel;
using Icn.Domain.Documents;
using Icn.Graph.Engine.Mutations;

namespace Icn.Graph.Documents;

/// <summary>The input of publishDocuments.</summary>
internal sealed record PublishDocumentsInput
{
    [Description("The documents, one operation document each (it may hold several operations and their fragments).")]
    public IReadOnlyList<TrustedDocumentInput> Documents { get; init; } = [];
}

/// <summary>One document of <c>publishDocuments</c>.</summary>
[InputType("TrustedDocumentInput", "A GraphQL document to publish as a trusted document.")]
internal sealed record TrustedDocumentInput
{
    // Hashed as sent: trimming it would publish another document than the website's build has.
    [Verbatim, Description("The document's text, exactly as the website's build has it: its id is the SHA-256 of these bytes, so whitespace matters. It must parse and validate against the schema.")]
    public string Body { get; init; } = "";

    [Text(TrustedDocument.NameLength), Description("A label for people, e.g. the file it came from; at most {max} characters.")]
    public string? Name { get; init; }

    /// <summary>The document these fields describe, published <paramref name="now"/> by <paramref name="publishedById"/>.</summary>
    public TrustedDocument ToDocument(DateTime now, Guid? publishedById) =>
        new() { Id = DocumentIds.HashOf(Body), Body = Body, Name = Name, CreatedAt = now, CreatedById = publishedById };
}
