using GraphQL;
using GraphQL.Types;
using Icn.Graph.Errors;

namespace Icn.Graph.Paging;

/// <summary>The Relay paging arguments of a connection field, checked: at most 100 per page, 20 by default.</summary>
internal sealed record PageArguments(int Size, bool FromEnd, string? After, string? Before)
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
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
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

        return new PageArguments(size, last is not null, context.GetArgument<string?>("after"), context.GetArgument<string?>("before"));
    }
}
