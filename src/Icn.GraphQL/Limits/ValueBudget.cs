using System.Collections;
using GraphQLParser.AST;

namespace Icn.GraphQL.Limits;

/// <summary>
/// Measures input values against the value limits before GraphQL.NET coerces them or a filter
/// becomes an expression: the length of every list, how deep lists and objects nest and how many
/// parts all values measured by one instance have together. The walk stops at the first limit
/// broken, so it costs at most the limits' worth of work however large the value is, and its
/// recursion is never deeper than <see cref="GraphQLLimitsOptions.MaxValueDepth"/> + 1.
/// </summary>
internal sealed class ValueBudget(GraphQLLimitsOptions limits)
{
    private int nodes;

    /// <summary>The first limit broken, naming it and the value it was found in; null while all hold.</summary>
    public string? Problem { get; private set; }

    /// <summary>Measures a value read from JSON (variables, extensions): dictionaries, lists and scalars.</summary>
    public bool Admits(string name, object? value) => Problem is null && Measure(name, value, 0);

    /// <summary>Measures a literal value of the document (an argument, a directive's argument, a variable's default).</summary>
    public bool Admits(string name, GraphQLValue value) => Problem is null && Measure(name, value, 0);

    private bool Measure(string name, object? value, int depth)
    {
        if (!Count(name))
        {
            return false;
        }

        switch (value)
        {
            case null or string:
                return true;
            case IDictionary<string, object?> map:
                if (!Enter(name, depth))
                {
                    return false;
                }

                foreach (var (_, field) in map)
                {
                    if (!Measure(name, field, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            case IEnumerable list:
                if (!Enter(name, depth) || !Fits(name, list is ICollection counted ? counted.Count : list.Cast<object?>().Take(limits.MaxListLength + 1).Count(), list is ICollection))
                {
                    return false;
                }

                foreach (var item in list)
                {
                    if (!Measure(name, item, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    private bool Measure(string name, GraphQLValue value, int depth)
    {
        if (!Count(name))
        {
            return false;
        }

        switch (value)
        {
            case GraphQLObjectValue objectValue:
                if (!Enter(name, depth))
                {
                    return false;
                }

                foreach (var field in objectValue.Fields ?? [])
                {
                    if (!Measure(name, field.Value, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            case GraphQLListValue listValue:
                if (!Enter(name, depth) || !Fits(name, listValue.Values?.Count ?? 0, exact: true))
                {
                    return false;
                }

                foreach (var item in listValue.Values ?? [])
                {
                    if (!Measure(name, item, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    private bool Count(string name)
    {
        if (++nodes <= limits.MaxValueNodes)
        {
            return true;
        }

        Problem = $"The values of the request have more than {limits.MaxValueNodes} parts (objects, lists and scalars together; '{name}' is over it); at most {limits.MaxValueNodes} are allowed (MaxValueNodes).";
        return false;
    }

    /// <summary>Goes one list or object deeper; <paramref name="depth"/> lists and objects hold this one.</summary>
    private bool Enter(string name, int depth)
    {
        if (depth < limits.MaxValueDepth)
        {
            return true;
        }

        Problem = $"The value of '{name}' nests lists and objects more than {limits.MaxValueDepth} deep; at most {limits.MaxValueDepth} levels are allowed (MaxValueDepth).";
        return false;
    }

    /// <summary>Whether a list of <paramref name="count"/> items fits; a list that is not a collection was counted only up to one past the limit.</summary>
    private bool Fits(string name, int count, bool exact)
    {
        if (count <= limits.MaxListLength)
        {
            return true;
        }

        var items = exact ? $"{count}" : $"more than {limits.MaxListLength}";
        Problem = $"The value of '{name}' has a list of {items} items; at most {limits.MaxListLength} are allowed (MaxListLength).";
        return false;
    }
}
