using GraphQL;
using GraphQL.DI;
using GraphQLParser;

namespace Icn.GraphQL.Limits;

/// <summary>
/// Refuses a document that is too long or has too many tokens before GraphQL.NET parses it, so an
/// oversized document costs a scan, not a syntax tree. Runs after the document cache: a cached
/// document was checked when it was first seen.
/// </summary>
internal sealed class DocumentSizeLimit(GraphQLLimitsOptions limits) : IConfigureExecution
{
    public float SortOrder => 250;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is null && options.Query is { } query)
        {
            if (query.Length > limits.MaxDocumentLength)
            {
                return Task.FromResult(Refuse($"The document is {query.Length} characters long; at most {limits.MaxDocumentLength} are allowed."));
            }

            if (CountTokens(query, limits.MaxTokens + 1) > limits.MaxTokens)
            {
                return Task.FromResult(Refuse($"The document has more than {limits.MaxTokens} tokens."));
            }
        }

        return next(options);
    }

    /// <summary>Counts tokens up to <paramref name="stopAt"/>; a lexing error is left to the parser to report.</summary>
    private static int CountTokens(string query, int stopAt)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (count < stopAt)
            {
                var token = Lexer.Lex(query, position);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }

                count++;
                position = token.End;
            }
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            // The parser reports it with its location.
        }

        return count;
    }

    private static ExecutionResult Refuse(string message) => new() { Executed = false, Errors = [new DocumentTooLargeError(message)] };
}
