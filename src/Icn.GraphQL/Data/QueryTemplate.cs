using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Icn.GraphQL.Data;

/// <summary>
/// One query shape (<see cref="QueryShape"/>) compiled once with EF Core's compiled queries: the
/// first query of the shape with each of its values read from an array instead. Another query of
/// the same shape is matched against it node by node, its values read on the way, and runs the
/// compiled query with them: EF Core neither extracts parameters from the tree nor computes and
/// compares a cache key over it again.
/// </summary>
internal sealed class QueryTemplate<TContext, TResult>
    where TContext : DbContext
{
    /// <summary>The most parameters EF Core's compiled queries take besides the context.</summary>
    private const int MaxValues = 15;

    /// <summary>
    /// The first query of the shape, as it was: the node-by-node reference for the next ones. It keeps
    /// that query's captured objects (its closures, its holders) alive as long as the template lives.
    /// </summary>
    private readonly Expression shape;
    private readonly Func<object?, object?>[] valueReaders;

    /// <summary>The template's lambdas with no value and no outer parameter: a query holding the very same instance (a cached projection, a static rule) needs no comparing there.</summary>
    private readonly HashSet<Expression> sharedLambdas;
    private readonly Func<TContext, object?[], IAsyncEnumerable<TResult>> compiled;

    private QueryTemplate(Expression shape, Func<object?, object?>[] valueReaders, Func<TContext, object?[], IAsyncEnumerable<TResult>> compiled)
    {
        this.shape = shape;
        this.valueReaders = valueReaders;
        sharedLambdas = SelfContainedLambdas.In(shape);
        this.compiled = compiled;
    }

    public int ValueCount => valueReaders.Length;

    /// <summary>
    /// The template of <paramref name="query"/>'s shape (<see cref="QueryShape.IsSupported"/> must
    /// accept it), or null when it has more values than a compiled query takes parameters.
    /// </summary>
    public static QueryTemplate<TContext, TResult>? Of(Expression query)
    {
        var slots = new ValueSlots();
        var body = slots.Visit(query);
        if (slots.Parameters.Count > MaxValues)
        {
            return null;
        }

        // EF Core compiles queries whose values are the lambda's own typed parameters; one delegate,
        // made once, hands it the values of each query from an array.
        var db = Expression.Parameter(typeof(TContext), "db");
        var types = slots.Parameters.Select(p => p.Type).ToArray();
        var lambda = Expression.Lambda(
            Expression.GetFuncType([typeof(TContext), .. types, typeof(IQueryable<TResult>)]), body, [db, .. slots.Parameters]);
        var compiled = (Delegate)CompileAsyncQuery(types.Length)
            .MakeGenericMethod([typeof(TContext), .. types, typeof(TResult)])
            .Invoke(null, [lambda])!;
        var values = Expression.Parameter(typeof(object?[]), "values");
        var run = Expression.Lambda<Func<TContext, object?[], IAsyncEnumerable<TResult>>>(
            Expression.Invoke(
                Expression.Constant(compiled),
                [db, .. types.Select((type, i) => Expression.Convert(Expression.ArrayIndex(values, Expression.Constant(i)), type))]),
            db,
            values);
        return new QueryTemplate<TContext, TResult>(query, [.. slots.Readers], run.Compile());
    }

    /// <summary>Whether <paramref name="query"/> has this shape; if so, <paramref name="values"/> receives its values.</summary>
    public bool Matches(Expression query, object?[] values)
    {
        var matcher = new Matcher(valueReaders, values, sharedLambdas);
        return matcher.Same(shape, query) && matcher.ReadAll;
    }

    public IAsyncEnumerable<TResult> Run(TContext db, object?[] values) => compiled(db, values);

    /// <summary>Replaces each value with a parameter of the compiled query, and makes a reader of it for the queries to come.</summary>
    private sealed class ValueSlots : ExpressionVisitor
    {
        public List<ParameterExpression> Parameters { get; } = [];

        public List<Func<object?, object?>> Readers { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            if (!QueryShape.IsValue(node))
            {
                return base.VisitMember(node);
            }

            Readers.Add(Reader(node));
            var parameter = Expression.Parameter(node.Type, $"value{Parameters.Count}");
            Parameters.Add(parameter);
            return parameter;
        }

        /// <summary><c>root => (object)((Root)root).a.b</c>, or for a static member <c>_ => (object)Type.a.b</c>.</summary>
        private static Func<object?, object?> Reader(MemberExpression value)
        {
            var root = Expression.Parameter(typeof(object), "root");
            var read = new RootReplacer(root).Visit(value);
            return Expression.Lambda<Func<object?, object?>>(Expression.Convert(read, typeof(object)), root).Compile();
        }
    }

    /// <summary><c>EF.CompileAsyncQuery</c> for a query (not a single result) with this many parameters besides the context.</summary>
    private static MethodInfo CompileAsyncQuery(int parameters) =>
        typeof(EF).GetMethods().Single(m =>
            m.Name == nameof(EF.CompileAsyncQuery)
            && m.GetGenericArguments().Length == parameters + 2
            && m.GetParameters()[0].ParameterType.GetGenericArguments()[0].GetGenericArguments()[^1] is { IsGenericType: true } returned
            && returned.GetGenericTypeDefinition() == typeof(IQueryable<>));

    /// <summary>Puts a typed read of the reader's argument where a value's chain starts from a constant.</summary>
    private sealed class RootReplacer(ParameterExpression root) : ExpressionVisitor
    {
        protected override Expression VisitConstant(ConstantExpression node) => Expression.Convert(root, node.Type);
    }

    /// <summary>Compares a query with the template node by node; values are compared by their path only and read into the array.</summary>
    private sealed class Matcher(Func<object?, object?>[] readers, object?[] values, HashSet<Expression> sharedLambdas)
    {
        private readonly List<ParameterExpression> templateParameters = [];
        private readonly List<ParameterExpression> queryParameters = [];
        private int nextValue;

        public bool ReadAll => nextValue == values.Length;

        public bool Same(Expression? template, Expression? query)
        {
            if (template is null && query is null)
            {
                return true;
            }

            if (ReferenceEquals(template, query) && sharedLambdas.Contains(template!))
            {
                return true;
            }

            if (template is null || query is null || template.NodeType != query.NodeType || template.Type != query.Type)
            {
                return false;
            }

            switch (template)
            {
                case MemberExpression member when QueryShape.IsValue(member):
                    return query is MemberExpression other && QueryShape.IsValue(other) && SamePath(member, other) && Read(other);
                case MemberExpression member:
                    var queryMember = (MemberExpression)query;
                    return member.Member == queryMember.Member && !QueryShape.IsValue(queryMember) && Same(member.Expression, queryMember.Expression);
                case ConstantExpression constant:
                    return query is ConstantExpression queryConstant && QueryShape.IsLiteral(queryConstant) && Equals(constant.Value, queryConstant.Value);
                case ParameterExpression parameter:
                    var index = templateParameters.LastIndexOf(parameter);
                    return index >= 0 && queryParameters[index] == query;
                case LambdaExpression lambda:
                    var queryLambda = (LambdaExpression)query;
                    if (lambda.Parameters.Count != queryLambda.Parameters.Count)
                    {
                        return false;
                    }

                    templateParameters.AddRange(lambda.Parameters);
                    queryParameters.AddRange(queryLambda.Parameters);
                    return Same(lambda.Body, queryLambda.Body);
                case UnaryExpression unary:
                    var queryUnary = (UnaryExpression)query;
                    return unary.Method == queryUnary.Method && Same(unary.Operand, queryUnary.Operand);
                case BinaryExpression binary:
                    var queryBinary = (BinaryExpression)query;
                    return binary.Method == queryBinary.Method && binary.IsLiftedToNull == queryBinary.IsLiftedToNull && queryBinary.Conversion is null
                        && Same(binary.Left, queryBinary.Left) && Same(binary.Right, queryBinary.Right);
                case MethodCallExpression call:
                    var queryCall = (MethodCallExpression)query;
                    return call.Method == queryCall.Method && Same(call.Object, queryCall.Object) && SameAll(call.Arguments, queryCall.Arguments);
                case ConditionalExpression conditional:
                    var queryConditional = (ConditionalExpression)query;
                    return Same(conditional.Test, queryConditional.Test) && Same(conditional.IfTrue, queryConditional.IfTrue) && Same(conditional.IfFalse, queryConditional.IfFalse);
                case NewExpression created:
                    var queryCreated = (NewExpression)query;
                    return created.Constructor == queryCreated.Constructor && queryCreated.Members is null && SameAll(created.Arguments, queryCreated.Arguments);
                case MemberInitExpression init:
                    var queryInit = (MemberInitExpression)query;
                    return Same(init.NewExpression, queryInit.NewExpression) && SameBindings(init.Bindings, queryInit.Bindings);
                case TypeBinaryExpression typeTest:
                    var queryTypeTest = (TypeBinaryExpression)query;
                    return typeTest.TypeOperand == queryTypeTest.TypeOperand && Same(typeTest.Expression, queryTypeTest.Expression);
                case NewArrayExpression array:
                    return SameAll(array.Expressions, ((NewArrayExpression)query).Expressions);
                case EntityQueryRootExpression root:
                    return query is EntityQueryRootExpression queryRoot && root.GetType() == queryRoot.GetType() && root.EntityType == queryRoot.EntityType;
                default:
                    return false;
            }
        }

        private bool SameAll(IReadOnlyList<Expression> template, IReadOnlyList<Expression> query)
        {
            if (template.Count != query.Count)
            {
                return false;
            }

            for (var i = 0; i < template.Count; i++)
            {
                if (!Same(template[i], query[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private bool SameBindings(IReadOnlyList<MemberBinding> template, IReadOnlyList<MemberBinding> query)
        {
            if (template.Count != query.Count)
            {
                return false;
            }

            for (var i = 0; i < template.Count; i++)
            {
                if (template[i] is not MemberAssignment assignment || query[i] is not MemberAssignment queryAssignment
                    || assignment.Member != queryAssignment.Member || !Same(assignment.Expression, queryAssignment.Expression))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The same chain of members from a root of the same type (or the same static member).</summary>
        private static bool SamePath(MemberExpression template, MemberExpression query)
        {
            Expression? left = template, right = query;
            while (left is MemberExpression leftMember && right is MemberExpression rightMember)
            {
                if (leftMember.Member != rightMember.Member)
                {
                    return false;
                }

                left = leftMember.Expression;
                right = rightMember.Expression;
            }

            return (left, right) switch
            {
                (null, null) => true,
                (ConstantExpression a, ConstantExpression b) => a.Type == b.Type && a.Value?.GetType() == b.Value?.GetType(),
                _ => false,
            };
        }

        private bool Read(MemberExpression value)
        {
            Expression? root = value;
            while (root is MemberExpression member)
            {
                root = member.Expression;
            }

            if (nextValue >= values.Length)
            {
                return false;
            }

            values[nextValue] = readers[nextValue]((root as ConstantExpression)?.Value);
            nextValue++;
            return true;
        }
    }
}
