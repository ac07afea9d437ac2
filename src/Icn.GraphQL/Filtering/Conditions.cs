using System.Linq.Expressions;

namespace Icn.GraphQL.Filtering;

public static class Conditions
{
    /// <summary>All of <paramref name="parts"/>; true when there are none (an empty input asks for nothing).</summary>
    public static Expression AllOf(IReadOnlyList<Expression> parts) =>
        parts.Count == 0 ? Expression.Constant(true) : Balanced(parts, 0, parts.Count, Expression.AndAlso);

    /// <summary>Any of <paramref name="parts"/>, which must not be empty.</summary>
    public static Expression AnyOf(IReadOnlyList<Expression> parts) => Balanced(parts, 0, parts.Count, Expression.OrElse);

    /// <summary>
    /// Joins the parts as a balanced tree: a chain of n conditions folded one by one is n deep, and
    /// every visitor over it (ours, EF Core's, the SQL generator's) recurses that deep; balanced it
    /// is log2(n) deep. AND and OR are associative, so the SQL means the same.
    /// </summary>
    private static Expression Balanced(IReadOnlyList<Expression> parts, int start, int count, Func<Expression, Expression, BinaryExpression> join)
    {
        if (count == 1)
        {
            return parts[start];
        }

        var half = count / 2;
        return join(Balanced(parts, start, half, join), Balanced(parts, start + half, count - half, join));
    }
}
