using System.Linq.Expressions;

namespace Icn.Graph.Filtering;

internal static class Conditions
{
    /// <summary>All of <paramref name="parts"/>; true when there are none (an empty input asks for nothing).</summary>
    public static Expression AllOf(IReadOnlyCollection<Expression> parts) =>
        parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
}
