using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Icn.GraphQL.Limits;

/// <summary>
/// Refuses documents with more aliases or directives than configured: both let a small document
/// ask for the same expensive field many times (alias floods) or make the server evaluate many
/// directives, which complexity alone does not price.
/// </summary>
internal sealed class DocumentShapeRule(GraphQLLimitsOptions limits) : IValidationRule
{
    public async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var counter = new ShapeCounter();
        await counter.VisitAsync(context.Document, new NullVisitorContext());
        if (counter.Aliases > limits.MaxAliases)
        {
            context.ReportError(new LimitExceededError(context, $"The document uses {counter.Aliases} aliases; at most {limits.MaxAliases} are allowed."));
        }

        if (counter.Directives > limits.MaxDirectives)
        {
            context.ReportError(new LimitExceededError(context, $"The document uses {counter.Directives} directives; at most {limits.MaxDirectives} are allowed."));
        }

        return null;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    private sealed class NullVisitorContext : IASTVisitorContext
    {
        public CancellationToken CancellationToken => CancellationToken.None;
    }

    private sealed class ShapeCounter : ASTVisitor<NullVisitorContext>
    {
        public int Aliases { get; private set; }

        public int Directives { get; private set; }

        protected override ValueTask VisitAliasAsync(GraphQLAlias alias, NullVisitorContext context)
        {
            Aliases++;
            return base.VisitAliasAsync(alias, context);
        }

        protected override ValueTask VisitDirectiveAsync(GraphQLDirective directive, NullVisitorContext context)
        {
            Directives++;
            return base.VisitDirectiveAsync(directive, context);
        }
    }
}
