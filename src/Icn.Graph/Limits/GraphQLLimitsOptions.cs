namespace Icn.Graph.Limits;

/// <summary>
/// How much one request may ask for (configuration section "GraphQL:Limits"). The defaults sit
/// with graphql-armor's and Hot Chocolate's: generous for a website's queries and GraphiQL's
/// introspection, tight enough that no single request can occupy the server.
/// </summary>
internal sealed class GraphQLLimitsOptions
{
    public const string Section = "GraphQL:Limits";

    /// <summary>The longest document, in characters.</summary>
    public int MaxDocumentLength { get; set; } = 16_384;

    /// <summary>The most lexical tokens in a document (graphql-armor: 1000).</summary>
    public int MaxTokens { get; set; } = 1_000;

    /// <summary>The deepest field nesting, counting connections' edges/nodes levels.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>The highest complexity: every field costs 1, multiplied by the page sizes above it (graphql-armor: 5000).</summary>
    public int MaxComplexity { get; set; } = 5_000;

    /// <summary>The multiplier for a list whose size the document does not state (a connection's default page).</summary>
    public double DefaultListSize { get; set; } = 20;

    /// <summary>The most aliases in one document (graphql-armor: 15).</summary>
    public int MaxAliases { get; set; } = 15;

    /// <summary>The most directives in one document (graphql-armor: 50).</summary>
    public int MaxDirectives { get; set; } = 50;

    /// <summary>How long one request may execute; its SQL is cancelled with it.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
