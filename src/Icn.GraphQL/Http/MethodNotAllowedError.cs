using GraphQL.Validation;
using GraphQLParser.AST;
using Icn.GraphQL.Errors;

namespace Icn.GraphQL.Http;

/// <summary>An operation other than a query was sent with GET.</summary>
internal sealed class MethodNotAllowedError : ValidationError
{
    public MethodNotAllowedError(ValidationContext context, GraphQLOperationDefinition operation)
        : base(context.Document.Source, null!, $"Only queries may be sent with GET; send this {operation.Operation.ToString().ToLowerInvariant()} with POST.", operation) =>
        Code = ErrorCodes.MethodNotAllowed;
}
