using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Icn.GraphQL.Errors;
using Microsoft.EntityFrameworkCore;

namespace Icn.GraphQL.Filtering;

/// <summary>
/// The operators of the scalar filter inputs (eq neq in nin gt gte lt lte contains startsWith) as
/// expressions EF Core turns into SQL. Values go in as parameters, except enums and booleans (see <see cref="IsFewValued"/>).
/// </summary>
internal static class ScalarOperators
{
    public const int MaxListLength = 100;

    /// <summary>
    /// The longest text contains and startsWith take: PostgreSQL's trigram index looks up every
    /// three letters of it, so a long one costs the index work without narrowing anything further.
    /// </summary>
    public const int MaxMatchLength = 200;

    /// <summary>
    /// How contains and startsWith match: EF Core's LIKE until the host names its provider's
    /// case-insensitive one (<see cref="GraphQLEngineOptions.CaseInsensitiveLike"/>), once, at registration.
    /// </summary>
    private static MethodInfo like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly MethodInfo Contains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    public static Expression Build(string op, Expression target, object? value, Func<object, object> convert)
    {
        var type = target.Type;
        if (value is null)
        {
            return NullOperand(op, target);
        }

        return op switch
        {
            "eq" => Expression.Equal(target, Operand(value, type, convert)),
            "neq" => Expression.NotEqual(target, Operand(value, type, convert)),
            "in" => InList(target, value, convert),
            "nin" => Expression.Not(InList(target, value, convert)),
            "gt" => Expression.GreaterThan(target, Operand(value, type, convert)),
            "gte" => Expression.GreaterThanOrEqual(target, Operand(value, type, convert)),
            "lt" => Expression.LessThan(target, Operand(value, type, convert)),
            "lte" => Expression.LessThanOrEqual(target, Operand(value, type, convert)),
            "contains" => Like(target, $"%{EscapeLike(MatchText(op, value))}%"),
            "startsWith" => Like(target, $"{EscapeLike(MatchText(op, value))}%"),
            _ => throw new InvalidOperationException($"Unknown filter operator '{op}'."),
        };
    }

    /// <summary>
    /// An explicit null: <c>eq: null</c> asks for an empty field and <c>neq: null</c> for a filled one
    /// (never true, or always, for a field that cannot be empty); any other operator given null asks
    /// for nothing, as if it were left out.
    /// </summary>
    private static Expression NullOperand(string op, Expression target)
    {
        var nullable = !target.Type.IsValueType || Nullable.GetUnderlyingType(target.Type) is not null;
        return op switch
        {
            "eq" => nullable ? Expression.Equal(target, Expression.Constant(null, target.Type)) : Expression.Constant(false),
            "neq" => nullable ? Expression.NotEqual(target, Expression.Constant(null, target.Type)) : Expression.Constant(true),
            _ => Expression.Constant(true),
        };
    }

    private static Expression Operand(object? value, Type type, Func<object, object> convert) =>
        value is null ? Expression.Constant(null, type)
        : IsFewValued(type) ? Expression.Constant(convert(value), type)
        : QueryParameter.Of(convert(value), type);

    /// <summary>
    /// An enum or a boolean compared by eq, neq or a range goes into the SQL as a literal, not a
    /// parameter: it has a handful of values, so a handful of statements, and PostgreSQL plans each
    /// once with that value's statistics. As a parameter, the planner keeps a custom plan for a
    /// value as skewed as a status (most rows PUBLISHED) and plans it again on every execution,
    /// which cost PostgreSQL more than executing the listing (docs/decisions/0005-what-postgresql-does-per-answer.md).
    /// </summary>
    private static bool IsFewValued(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum || type == typeof(bool);
    }

    private static Expression InList(Expression target, object? value, Func<object, object> convert)
    {
        var items = (value as IEnumerable ?? Array.Empty<object>()).Cast<object?>().ToList();
        if (items.Count > MaxListLength)
        {
            throw new UserInputError($"A filter list takes at most {MaxListLength} values; {items.Count} were given.");
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(target.Type))!;
        foreach (var item in items)
        {
            list.Add(item is null ? null : convert(item));
        }

        return Expression.Call(Contains.MakeGenericMethod(target.Type), QueryParameter.Of(list, list.GetType()), target);
    }

    /// <summary>The text of a contains or startsWith filter; BAD_USER_INPUT past <see cref="MaxMatchLength"/>.</summary>
    private static string MatchText(string op, object value)
    {
        var text = (string)value;
        return text.Length <= MaxMatchLength
            ? text
            : throw new UserInputError($"A '{op}' filter takes at most {MaxMatchLength} characters; {text.Length} were given.");
    }

    /// <summary>Matching with the host's LIKE (PostgreSQL's ILIKE, which trigram indexes serve); % and _ in the caller's text are escaped, so they match themselves.</summary>
    private static Expression Like(Expression target, string pattern) =>
        Expression.Call(like, Expression.Constant(EF.Functions), target, QueryParameter.Of(pattern, typeof(string)), Expression.Constant("\\"));

    /// <summary>Makes contains and startsWith match with <paramref name="method"/>: <c>(DbFunctions, string, string pattern, string escape) → bool</c>.</summary>
    public static void UseLike(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var parameters = method.GetParameters().Select(p => p.ParameterType).ToArray();
        if (!method.IsStatic || method.ReturnType != typeof(bool)
            || !parameters.SequenceEqual([typeof(DbFunctions), typeof(string), typeof(string), typeof(string)]))
        {
            throw new ArgumentException($"{method.Name} is not (DbFunctions, string, string, string) → bool.", nameof(method));
        }

        Volatile.Write(ref like, method);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
