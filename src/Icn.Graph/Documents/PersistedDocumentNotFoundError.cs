using GraphQL;
using Icn.GraphQL.Errors;

namespace Icn.Graph.Documents;

/// <summary>A request names a trusted document that was never published (PERSISTED_DOCUMENT_NOT_FOUND).</summary>
internal sealed class PersistedDocumentNotFoundError : ExecutionError
{
    public PersistedDocumentNotFoundError()
        : base("No trusted document has this documentId; publish it first (./icn documents publish), or send the id the publication answered.") =>
        Code = ErrorCodes.PersistedDocumentNotFound;
}
