using GraphQL;
using GraphQL.Types;
using Icn.GraphQL.Errors;

namespace Icn.GraphQL.Paging;

/// <summary>The Relay paging arguments of a connection field, checked: at most 100 per page, 20 by default.</summary>
public sealed record PageArguments(int Size, bool FromEnd, string? After, string? Before)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public static void AddTo(FieldType field)
    {
        field.Arguments ??= [];
        field.Arguments.Add(new QueryArgument<IntGraphType> { Name = "first", Description = $"Return the first n items (at most {MaxSize}; {DefaultSize} when neither first nor last is given)." });
        field.Arguments.Add(new QueryArgument<StringGraphType> { Name = "after", Description = "Return items after this cursor." });
        field.Arguments.Add(new QueryArgument<IntGraphType> { Name = "last", Description = $"Return the last n items (at most {MaxSize})." });
        field.Arguments.Add(new QueryArgument<StringGraphType> { Name = "before", Description = "Return items before this cursor." });
    }

    public static PageArguments From(IResolveFieldContext context)
    {
        var first = Argument(context, "first") as int?;
        var last = Argument(context, "last") as int?;
        if (first is not null && last is not null)
        {
            throw new UserInputError("Give either 'first' or 'last', not both.");
        }

        var size = first ?? last ?? DefaultSize;
        var argument = first is not null ? "first" : "last";
        if (size < 0 || size > MaxSize)
        {
            throw new UserInputError($"'{argument}' must be between 0 and {MaxSize}; {size} was given. Page through larger lists with cursors.");
        }

        return new PageArguments(size, last is not null, Argument(context, "after") as string, Argument(context, "before") as string);
    }

    /// <summary>
    /// An argument's value as GraphQL.NET coerced it (an Int is an int, a String a string). Read
    /// directly: GetArgument first tries each value as an input object, a type check that missed the
    /// runtime's cast cache on every call of every list field.
    /// </summary>
    private static object? Argument(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var argument) ? argument.Value : null;
}
