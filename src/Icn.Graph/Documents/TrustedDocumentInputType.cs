using GraphQL.Types;
using Icn.GraphQL.Limits;

namespace Icn.Graph.Documents;

/// <summary>One document of <c>publishDocuments</c>.</summary>
internal sealed class TrustedDocumentInputType : InputObjectGraphType
{
    public const int NameLength = 200;

    public TrustedDocumentInputType()
    {
        Name = "TrustedDocumentInput";
        Description = "A GraphQL document to publish as a trusted document.";
        Field<NonNullGraphType<StringGraphType>>("body")
            .Description("The document's text, exactly as the website's build has it: its id is the SHA-256 of these bytes, so whitespace matters. It must parse and validate against the schema.");
        Field<StringGraphType>("name")
            .Description($"A label for people, e.g. the file it came from; at most {NameLength} characters.");
    }
}
