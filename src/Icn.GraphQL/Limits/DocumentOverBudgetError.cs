using GraphQL.Validation;
using GraphQLParser.AST;

namespace Icn.GraphQL.Limits;

/// <summary>
/// A parsed document over one of the shape limits (definitions, expanded fragment spreads),
/// refused before validation; reported as GRAPHQL_VALIDATION_FAILED like the other shape limits.
/// </summary>
internal sealed class DocumentOverBudgetError(GraphQLDocument document, string message, ASTNode node)
    : ValidationError(document.Source, null, message, node);
