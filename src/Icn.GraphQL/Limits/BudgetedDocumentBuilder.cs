using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Icn.GraphQL.Limits;

/// <summary>
/// Parses documents for GraphQL.NET with the parser's nesting limited (MaxSyntaxDepth) and measures
/// each new document against <see cref="DocumentBudget"/> before any validation rule sees it. It
/// runs only for documents not in the document cache, so a website's repeated query is measured
/// once; a refused document is never cached.
/// </summary>
internal sealed class BudgetedDocumentBuilder(GraphQLLimitsOptions limits) : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder parser = new() { MaxDepth = limits.MaxSyntaxDepth };

    private readonly DocumentBudget budget = new(limits);

    public GraphQLDocument Build(string body)
    {
        var document = Parse(body);
        if (budget.Problem(document) is { } problem)
        {
            throw problem;
        }

        return document;
    }

    /// <summary>
    /// GraphQLParser's depth refusal is not a syntax error to GraphQL.NET, which would answer it as
    /// an unexpected exception; it is the caller's document, refused like the other size limits.
    /// </summary>
    private GraphQLDocument Parse(string body)
    {
        try
        {
            return parser.Build(body);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw new DocumentTooLargeError($"The document nests deeper than {limits.MaxSyntaxDepth} levels (selection sets, arguments, lists and objects each count); at most {limits.MaxSyntaxDepth} are allowed (MaxSyntaxDepth).");
        }
    }
}
