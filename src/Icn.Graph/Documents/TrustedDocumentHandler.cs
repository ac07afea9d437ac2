using GraphQL;
using GraphQL.PersistedDocuments;
using Icn.GraphQL.Errors;

namespace Icn.Graph.Documents;

/// <summary>
/// GraphQL.NET's persisted document handler, set up for our API: a request with a documentId gets
/// the document's text from <see cref="TrustedDocumentStore"/> and then runs exactly like a query
/// text (same cache, limits and authorization); a request with a query text is still allowed here,
/// since only some website keys are limited to trusted documents (the HTTP transport checks that).
/// </summary>
internal sealed class TrustedDocumentHandler()
    : PersistedDocumentHandler(new PersistedDocumentOptions { AllowOnlyPersistedDocuments = false })
{
    /// <summary>
    /// After authorization (100) and limits (110) add their rules, and before the document cache
    /// (200), which then finds the document's text like any other.
    /// </summary>
    public override float SortOrder => 150;

    protected override ExecutionResult CreateExecutionResult(ExecutionError error) => error switch
    {
        DocumentNotFoundError => new ExecutionResult(new PersistedDocumentNotFoundError()),
        // The transport refuses malformed ids and query-with-documentId first; this is for other callers.
        _ => new ExecutionResult(new ExecutionError(error.Message) { Code = ErrorCodes.BadRequest }),
    };
}
