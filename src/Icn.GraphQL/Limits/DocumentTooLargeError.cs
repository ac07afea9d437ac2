using GraphQL;
using Icn.GraphQL.Errors;

namespace Icn.GraphQL.Limits;

/// <summary>A document refused before parsing because of its length or token count, or while parsing because it nests too deep.</summary>
internal sealed class DocumentTooLargeError : ExecutionError
{
    public DocumentTooLargeError(string message)
        : base(message) => Code = ErrorCodes.ParseFailed;
}
