using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Icn.GraphQL.Errors;


namespace Icn.GraphQL.Authorization;

/// <summary>
/// A field or type the caller may not read or call, found before execution: UNAUTHENTICATED
/// without credentials, FORBIDDEN with too few rights. It carries the response path it concerns.
/// </summary>
public sealed class AccessDeniedError : ValidationError
{
    public AccessDeniedError(ROM source, ASTNode node, string message, bool authenticated, IReadOnlyList<object> path)
        : base(source, null!, message, node)
    {
        Code = authenticated ? ErrorCodes.Forbidden : ErrorCodes.Unauthenticated;
        Path = path;
    }
}
