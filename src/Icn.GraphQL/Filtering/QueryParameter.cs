using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace Icn.GraphQL.Filtering;

/// <summary>
/// Puts a value into an expression as EF Core sees a captured variable, so it becomes a SQL
/// parameter rather than a literal: one query plan for every value, and no SQL built from input.
/// The holder has exactly the type the expression needs: a Convert around it would make EF Core
/// compile a delegate to evaluate it on every query.
/// </summary>
public static class QueryParameter
{
    /// <summary>Makes a holder of each type without reflection per value: filters and cursors ask for one per request.</summary>
    private static readonly ConcurrentDictionary<Type, Func<object?, object>> HolderFactories = new();

    public static Expression Of(object? value, Type type)
    {
        var holder = HolderFactories.GetOrAdd(type, HolderFactory)(value);
        return Expression.Field(Expression.Constant(holder), nameof(Holder<object>.Value));
    }

    private static Func<object?, object> HolderFactory(Type type)
    {
        var value = Expression.Parameter(typeof(object), "value");
        var holder = Expression.New(typeof(Holder<>).MakeGenericType(type).GetConstructors()[0], Expression.Convert(value, type));
        return Expression.Lambda<Func<object?, object>>(holder, value).Compile();
    }

    /// <summary>Shaped like a compiler-generated closure (a public field), which EF Core reads without compiling anything.</summary>
    private sealed class Holder<TValue>(TValue value)
    {
#pragma warning disable CA1051 // A field, not a property: see the summary.
        public readonly TValue Value = value;
#pragma warning restore CA1051
    }
}
