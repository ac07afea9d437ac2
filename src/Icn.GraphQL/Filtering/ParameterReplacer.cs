using System.Linq.Expressions;

namespace Icn.GraphQL.Filtering;

/// <summary>Applies a one-parameter lambda to another expression by substituting its parameter.</summary>
public sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    public static Expression Apply(LambdaExpression lambda, Expression argument) =>
        new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
}
