using GraphQL;
using GraphQLParser.AST;

namespace Icn.GraphQL.Paging;

/// <summary>The field paths a caller selects under a connection's nodes (through <c>nodes</c> or <c>edges.node</c>).</summary>
public static class SelectionPaths
{
    /// <summary>How deep under the nodes paths are read: a node's fields, its relationships' fields, and theirs' (a customer's country's name).</summary>
    public const int MaxDepth = 3;

    public static HashSet<string> UnderNodes(IResolveFieldContext context)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields(context, context.FieldAst.SelectionSet))
        {
            switch (field.Name.StringValue)
            {
                case "nodes":
                    Collect(context, field.SelectionSet, "", 1, paths);
                    break;
                case "edges":
                    foreach (var node in Fields(context, field.SelectionSet).Where(f => f.Name.StringValue == "node"))
                    {
                        Collect(context, node.SelectionSet, "", 1, paths);
                    }

                    break;
            }
        }

        return paths;
    }

    private static void Collect(IResolveFieldContext context, GraphQLSelectionSet? selection, string prefix, int depth, HashSet<string> paths)
    {
        foreach (var field in Fields(context, selection))
        {
            var path = prefix + field.Name.StringValue;
            paths.Add(path);
            if (depth < MaxDepth)
            {
                Collect(context, field.SelectionSet, path + ".", depth + 1, paths);
            }
        }
    }

    /// <summary>The fields of a selection set, looking through inline fragments and fragment spreads.</summary>
    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? selection)
    {
        foreach (var item in selection?.Selections ?? [])
        {
            switch (item)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var inner in Fields(context, inline.SelectionSet))
                    {
                        yield return inner;
                    }

                    break;
                case GraphQLFragmentSpread spread when context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .FirstOrDefault(d => d.FragmentName.Name == spread.FragmentName.Name) is { } fragment:
                    foreach (var inner in Fields(context, fragment.SelectionSet))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }
}
