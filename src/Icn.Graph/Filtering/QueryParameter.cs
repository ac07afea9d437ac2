using System.Linq.Expressions;

namespace Icn.Graph.Filtering;

/// <summary>
/// Puts a value into an expression as EF Core sees a captured variable, so it becomes a SQL
/// parameter rather than a literal: one query plan for every value, and no SQL built from input.
/// </summary>
internal static class QueryParameter
{
    public static Expression Of(object? value, Type type)
    {
        var holderType = typeof(Holder<>).MakeGenericType(type);
        var holder = Activator.CreateInstance(holderType, value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Holder<object>.Value));
    }

    private sealed class Holder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
