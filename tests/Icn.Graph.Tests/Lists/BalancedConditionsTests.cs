using System.Linq.Expressions;
using Icn.GraphQL.Filtering;

namespace Icn.Graph.Tests.Lists;

/// <summary>
/// A filter's <c>or</c> and <c>and</c> become balanced trees of conditions: ten thousand
/// alternatives nest about fourteen deep, not ten thousand, so no visitor over the expression (ours,
/// EF Core's, the SQL generator's) recurses deeper than that, whatever the value limits allow.
/// </summary>
public sealed class BalancedConditionsTests
{
    private static readonly FilterDefinition<Row> Filter = new FilterDefinition<Row>("RowFilter", "Rows.")
        .String<Row>("title", "The title.", r => r.Title);

    [Theory]
    [InlineData("or")]
    [InlineData("and")]
    public void Ten_thousand_conditions_nest_logarithmically(string combinator)
    {
        var conditions = Enumerable.Range(0, 10_000)
            .Select(i => (object?)new Dictionary<string, object?> { ["title"] = new Dictionary<string, object?> { ["eq"] = $"t{i}" } })
            .ToList();

        var predicate = Filter.ToPredicate(new Dictionary<string, object?> { [combinator] = conditions })!;

        Assert.InRange(DepthOf(predicate.Body), 14, 20);
        // Still the same conditions: any one of them matches an or, no row matches all of an and.
        var matches = predicate.Compile();
        Assert.Equal(combinator == "or", matches(new Row("t0")));
        Assert.Equal(combinator == "or", matches(new Row("t9999")));
        Assert.False(matches(new Row("none")));
    }

    [Fact]
    public void The_conditions_of_one_input_are_balanced_too()
    {
        var parts = Enumerable.Range(0, 1_000).Select(i => (Expression)Expression.Constant(i % 2 == 0)).ToList();

        Assert.InRange(DepthOf(Conditions.AllOf(parts)), 10, 12);
        Assert.InRange(DepthOf(Conditions.AnyOf(parts)), 10, 12);
    }

    /// <summary>The deepest chain of binary nodes, measured without recursion (a chain may be long).</summary>
    private static int DepthOf(Expression expression)
    {
        var deepest = 0;
        var pending = new Stack<(Expression Node, int Depth)>([(expression, 1)]);
        while (pending.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            if (item.Node is BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.OrElse } binary)
            {
                pending.Push((binary.Left, item.Depth + 1));
                pending.Push((binary.Right, item.Depth + 1));
            }
        }

        return deepest;
    }

    public sealed record Row(string Title);
}
