using GraphQLParser.AST;

namespace Icn.GraphQL.Schema;

/// <summary>A document's fragments by name, for walks that follow spreads without searching the definitions at each one.</summary>
internal static class FragmentDefinitions
{
    /// <summary>The first definition of each name: a name defined twice is a validation rule's error, reported there.</summary>
    public static Dictionary<string, GraphQLFragmentDefinition> ByName(GraphQLDocument document) => document.Definitions
        .OfType<GraphQLFragmentDefinition>()
        .DistinctBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
        .ToDictionary(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal);
}
