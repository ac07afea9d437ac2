using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Icn.GraphQL.Data;

/// <summary>
/// What a query expression is apart from its values. Two queries built by the same code for the same
/// request shape differ only in their captured values: members read from a closure or a
/// <see cref="Filtering.QueryParameter"/> holder, which EF Core turns into SQL parameters. Those
/// reads are a query's <em>values</em>; everything else (methods, members, literals, lambdas) is its
/// shape, which decides the SQL. A shape is computed in one pass without rewriting the tree, so it
/// costs a fraction of EF Core's own parameter extraction and cache key.
/// </summary>
internal static class QueryShape
{
    private static readonly ConcurrentDictionary<Type, bool> ParameterTypes = new();
    private static readonly ConcurrentDictionary<Type, bool> LiteralTypes = new();
    private static readonly ConcurrentDictionary<Type, bool> QueryableTypes = new();

    /// <summary>
    /// A hash of the query's outline: its chain of query operators, their literal arguments (a page
    /// size) and the number of each lambda's parameters. Queries of one shape have the same outline,
    /// so it finds the few templates to compare a query with (<see cref="QueryTemplate{TResult}"/>),
    /// without walking the lambdas: comparing is what decides.
    /// </summary>
    public static int HashOf(Expression query)
    {
        var hash = new HashCode();
        Outline(query, ref hash);
        return hash.ToHashCode();
    }

    /// <summary>
    /// Whether every node of the query is one a template can compare. A query with anything else (an
    /// unknown node, a captured query, a literal of a type EF Core might parameterize) is left to
    /// EF Core as it is.
    /// </summary>
    public static bool IsSupported(Expression? node) => node switch
    {
        null => true,
        MemberExpression member => IsValue(member) || IsSupported(member.Expression),
        ConstantExpression constant => IsLiteral(constant),
        ParameterExpression => true,
        LambdaExpression lambda => IsSupported(lambda.Body),
        UnaryExpression unary => IsSupported(unary.Operand),
        BinaryExpression binary => binary.Conversion is null && IsSupported(binary.Left) && IsSupported(binary.Right),
        MethodCallExpression call => IsSupported(call.Object) && call.Arguments.All(IsSupported),
        ConditionalExpression conditional => IsSupported(conditional.Test) && IsSupported(conditional.IfTrue) && IsSupported(conditional.IfFalse),
        NewExpression created => created.Members is null && created.Arguments.All(IsSupported),
        MemberInitExpression init => IsSupported(init.NewExpression) && init.Bindings.All(b => b is MemberAssignment a && IsSupported(a.Expression)),
        TypeBinaryExpression typeTest => IsSupported(typeTest.Expression),
        NewArrayExpression array => array.Expressions.All(IsSupported),
        EntityQueryRootExpression => true,
        _ => false,
    };

    /// <summary>
    /// A captured value: a chain of field or property reads rooted at a constant object (a closure,
    /// a parameter holder) or at a static member, ending in a type EF Core sends as a parameter.
    /// </summary>
    public static bool IsValue(MemberExpression member)
    {
        var inner = member.Expression;
        while (inner is MemberExpression read)
        {
            inner = read.Expression;
        }

        // Most member reads are of a lambda's parameter (a column, a navigation): decided without looking at types.
        if (inner is not null and not ConstantExpression { Value: not null })
        {
            return false;
        }

        return IsParameterType(member.Type) && (inner is null || !QueryableTypes.GetOrAdd(inner.Type, static t => typeof(IQueryable).IsAssignableFrom(t)));
    }

    /// <summary>A literal EF Core writes into the SQL as it is, compared by value.</summary>
    public static bool IsLiteral(ConstantExpression constant) =>
        constant.Value is null || LiteralTypes.GetOrAdd(constant.Value.GetType(), static t => IsScalar(t) || t == typeof(DbFunctions));

    private static void Outline(Expression? node, ref HashCode hash)
    {
        while (node is UnaryExpression { NodeType: ExpressionType.Quote } quote)
        {
            node = quote.Operand;
        }

        hash.Add(node?.NodeType);
        switch (node)
        {
            case MethodCallExpression call:
                hash.Add(call.Method.MetadataToken);
                hash.Add(call.Arguments.Count);
                foreach (var argument in call.Arguments)
                {
                    Outline(argument, ref hash);
                }

                break;
            case LambdaExpression lambda:
                hash.Add(lambda.Parameters.Count);
                break;
            case ConstantExpression { Value: var value } when value is null || value.GetType().IsPrimitive:
                hash.Add(value);
                break;
            case EntityQueryRootExpression root:
                hash.Add(root.EntityType.Name);
                break;
        }
    }

    private static bool IsParameterType(Type type) => ParameterTypes.GetOrAdd(type, static type =>
    {
        // Scalars, and lists or arrays of them (for IN).
        if (IsScalar(type))
        {
            return true;
        }

        var element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0]
            : null;
        return element is not null && element != typeof(byte) && IsScalar(element);
    });

    private static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly)
            || type == typeof(TimeSpan);
    }
}
