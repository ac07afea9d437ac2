using System.Linq.Expressions;

namespace Icn.Graph.Filtering;

/// <summary>
/// Puts a value into an expression as EF Core sees a captured variable, so it becomes a SQL
/// parameter rather than a literal: one query plan for every value, and no SQL built from input.
/// The holder has exactly the type the expression needs: a Convert around it would make EF Core
/// compile a delegate to evaluate it on every query.
/// </summary>
internal static class QueryParameter
{
    public static Expression Of(object? value, Type type)
    {
        var holderType = typeof(Holder<>).MakeGenericType(type);
        var holder = Activator.CreateInstance(holderType, value)!;
        return Expression.Field(Expression.Constant(holder), nameof(Holder<object>.Value));
    }

    /// <summary>Shaped like a compiler-generated closure (a public field), which EF Core reads without compiling anything.</summary>
    private sealed class Holder<TValue>(TValue value)
    {
#pragma warning disable CA1051 // A field, not a property: see the summary.
        public readonly TValue Value = value;
#pragma warning restore CA1051
    }
}
