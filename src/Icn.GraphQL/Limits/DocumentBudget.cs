using GraphQL;
using GraphQLParser.AST;
using Icn.GraphQL.Schema;

namespace Icn.GraphQL.Limits;

/// <summary>
/// Measures a freshly parsed document against the limits that bound the work of validating and
/// executing it, before any rule runs: its definitions, the fragment spreads each operation has
/// once its fragments are expanded, and its literal values. Linear in the document: each fragment's
/// expansion is counted once and remembered, so fragments that spread each other twice cost a
/// visit each, not two to the power of their depth.
/// </summary>
internal sealed class DocumentBudget(GraphQLLimitsOptions limits)
{
    /// <summary>The first limit the document breaks, as the error to answer with; null when it fits.</summary>
    public ExecutionError? Problem(GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Definitions.Count > limits.MaxDefinitions)
        {
            return new DocumentOverBudgetError(document, $"The document has {document.Definitions.Count} definitions; at most {limits.MaxDefinitions} are allowed (MaxDefinitions).", document.Definitions[limits.MaxDefinitions]);
        }

        var expansion = new FragmentExpansion(document, limits.MaxFragmentSpreads);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (expansion.SpreadsIn(operation.SelectionSet) > limits.MaxFragmentSpreads)
            {
                var name = operation.Name is { } named ? $"Operation '{named.StringValue}'" : "The operation";
                return new DocumentOverBudgetError(document, $"{name} spreads more than {limits.MaxFragmentSpreads} fragments once its fragments are expanded; at most {limits.MaxFragmentSpreads} are allowed (MaxFragmentSpreads).", operation);
            }
        }

        var values = new ValueBudget(limits);
        foreach (var (name, value) in LiteralValues(document))
        {
            if (!values.Admits(name, value))
            {
                return new ValueTooLargeError(values.Problem!);
            }
        }

        return null;
    }

    /// <summary>
    /// Every literal value of the document with the name of the argument or variable it is for. The
    /// walk follows selection sets on an explicit stack: the parser's depth limit bounds them too,
    /// but the walk should not depend on it.
    /// </summary>
    private static IEnumerable<(string Name, GraphQLValue Value)> LiteralValues(GraphQLDocument document)
    {
        var pending = new Stack<ASTNode>();
        foreach (var definition in document.Definitions)
        {
            pending.Push(definition);
        }

        while (pending.TryPop(out var node))
        {
            if (node is IHasDirectivesNode { Directives: { } directives })
            {
                foreach (var directive in directives)
                {
                    foreach (var argument in directive.Arguments?.Items ?? [])
                    {
                        yield return (argument.Name.StringValue, argument.Value);
                    }
                }
            }

            switch (node)
            {
                case GraphQLOperationDefinition operation:
                    foreach (var variable in operation.Variables?.Items ?? [])
                    {
                        if (variable.DefaultValue is { } defaultValue)
                        {
                            yield return ($"${variable.Variable.Name.StringValue}", defaultValue);
                        }

                        pending.Push(variable);
                    }

                    pending.Push(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    pending.Push(fragment.SelectionSet);
                    break;
                case GraphQLSelectionSet selectionSet:
                    foreach (var selection in selectionSet.Selections)
                    {
                        pending.Push(selection);
                    }

                    break;
                case GraphQLField field:
                    foreach (var argument in field.Arguments?.Items ?? [])
                    {
                        yield return (argument.Name.StringValue, argument.Value);
                    }

                    if (field.SelectionSet is { } children)
                    {
                        pending.Push(children);
                    }

                    break;
                case GraphQLInlineFragment inline:
                    pending.Push(inline.SelectionSet);
                    break;
            }
        }
    }

    /// <summary>
    /// How many fragment spreads a selection set has with every fragment expanded in place, counted
    /// only up to one past the limit. A fragment's own count is remembered the first time it is
    /// needed; a fragment that spreads itself (another rule's error) counts as empty inside itself.
    /// </summary>
    private sealed class FragmentExpansion(GraphQLDocument document, int limit)
    {
        private readonly long cap = (long)limit + 1;
        private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = FragmentDefinitions.ByName(document);

        private readonly Dictionary<string, long> expanded = new(StringComparer.Ordinal);

        /// <summary>
        /// Recursion follows selection sets, whose depth the parser limits (MaxSyntaxDepth), and
        /// chains of fragments, of which there are at most MaxDefinitions, each entered once.
        /// </summary>
        public long SpreadsIn(GraphQLSelectionSet selectionSet)
        {
            long count = 0;
            foreach (var selection in selectionSet.Selections)
            {
                count = Math.Min(cap, count + selection switch
                {
                    GraphQLField { SelectionSet: { } children } => SpreadsIn(children),
                    GraphQLInlineFragment inline => SpreadsIn(inline.SelectionSet),
                    GraphQLFragmentSpread spread => 1 + SpreadsOf(spread.FragmentName.Name.StringValue),
                    _ => 0,
                });
                if (count >= cap)
                {
                    break;
                }
            }

            return count;
        }

        private long SpreadsOf(string name)
        {
            if (expanded.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!fragments.TryGetValue(name, out var fragment))
            {
                // An unknown fragment is the validation rules' error.
                return 0;
            }

            expanded[name] = 0;
            var count = SpreadsIn(fragment.SelectionSet);
            expanded[name] = count;
            return count;
        }
    }
}
