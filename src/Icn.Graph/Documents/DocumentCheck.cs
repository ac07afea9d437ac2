using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Icn.GraphQL.Limits;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Documents;

/// <summary>
/// Checks a document before it is published: it must parse and pass the schema's validation rules,
/// so a typo fails a website's build instead of its visitors' requests. Authorization and the cost
/// limits depend on the caller and the variables, so they run when the document is executed.
/// </summary>
internal sealed class DocumentCheck(IcnSchema schema, IDocumentValidator validator, IDocumentBuilder parser, GraphQLLimitsOptions limits)
{
    /// <summary>Why the document cannot be published; null when it can.</summary>
    public async Task<string?> ProblemAsync(string body, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "The document is empty.";
        }

        if (body.Length > limits.MaxDocumentLength)
        {
            return $"The document is {body.Length} characters long; at most {limits.MaxDocumentLength} are allowed.";
        }

        GraphQLDocument document;
        try
        {
            // The API's own parser: a document published now is refused as its text would be (nesting, definitions, fragment spreads, values).
            document = parser.Build(body);
        }
        catch (SyntaxError error) when (error.InnerException is GraphQLSyntaxErrorException)
        {
            var syntax = (GraphQLSyntaxErrorException)error.InnerException;
            return $"The document does not parse: {syntax.Description} (line {syntax.Location.Line}, column {syntax.Location.Column}).";
        }
        catch (ExecutionError limit)
        {
            return limit.Message;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operations.Count == 0)
        {
            return "The document has no operation.";
        }

        schema.Initialize();
        foreach (var operation in operations)
        {
            var result = await validator.ValidateAsync(new ValidationOptions
            {
                Schema = schema,
                Document = document,
                Operation = operation,
                Rules = DocumentValidator.CoreRules,
                Variables = Inputs.Empty,
                Extensions = Inputs.Empty,
                RequestServices = services,
                CancellationToken = cancellationToken,
            });

            // Variables are the caller's at execution time; here only their declarations count.
            var errors = result.Errors.Where(e => e is not InvalidVariableError).ToList();
            if (errors.Count > 0)
            {
                var name = operation.Name is { } n ? $"Operation '{n.StringValue}'" : "The operation";
                return $"{name} does not validate against the schema: {string.Join(" ", errors.Select(e => e.Message))}";
            }
        }

        return null;
    }
}
