using System.Linq.Expressions;

namespace Icn.GraphQL.Data;

/// <summary>
/// The lambdas of a query that hold no captured value (<see cref="QueryShape.IsValue"/>) and read
/// no parameter of an enclosing lambda. Such a lambda means the same wherever it appears, so a query
/// that holds the very same instance as a template (a cached projection, a sort key, a static
/// visibility rule) matches it there without comparing node by node.
/// </summary>
internal sealed class SelfContainedLambdas : ExpressionVisitor
{
    private readonly HashSet<Expression> found = new(ReferenceEqualityComparer.Instance);

    /// <summary>For each lambda being visited (and the query itself, first): the parameters read in it that it does not declare, and its values.</summary>
    private readonly Stack<(HashSet<ParameterExpression> Free, int Values)> scopes = new();

    public static HashSet<Expression> In(Expression query)
    {
        var visitor = new SelfContainedLambdas();
        visitor.scopes.Push(([], 0));
        visitor.Visit(query);
        return visitor.found;
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        scopes.Push(([], 0));
        Visit(node.Body);
        var (free, values) = scopes.Pop();
        free.ExceptWith(node.Parameters);
        if (free.Count == 0 && values == 0)
        {
            found.Add(node);
        }

        var (outerFree, outerValues) = scopes.Pop();
        outerFree.UnionWith(free);
        scopes.Push((outerFree, outerValues + values));
        return node;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        scopes.Peek().Free.Add(node);
        return node;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (QueryShape.IsValue(node))
        {
            var (free, values) = scopes.Pop();
            scopes.Push((free, values + 1));
            return node;
        }

        return base.VisitMember(node);
    }
}
