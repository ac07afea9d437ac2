using GraphQL.Validation;
using GraphQLParser.AST;

namespace Icn.GraphQL.Http;

/// <summary>
/// GET never changes state: a mutation (or subscription) sent by GET fails validation with a
/// <see cref="MethodNotAllowedError"/>, which the transport answers with 405 and <c>Allow: POST</c>.
/// </summary>
internal sealed class OnlyQueriesOverGetRule : IValidationRule
{
    public static readonly OnlyQueriesOverGetRule Instance = new();

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new MethodNotAllowedError(context, context.Operation));
        }

        return default;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
}
