namespace Icn.GraphQL.Limits;

/// <summary>
/// How much one request may ask for (configuration section "GraphQL:Limits"). The defaults sit
/// with graphql-armor's and Hot Chocolate's: generous for a website's queries and GraphiQL's
/// introspection, tight enough that no single request can occupy the server.
/// </summary>
public sealed class GraphQLLimitsOptions
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

    /// <summary>
    /// How deep the parser may nest the document's syntax tree (each operation, selection set, field,
    /// argument, list and object value is a level); deeper documents are refused while parsing,
    /// before the parser's recursion can run the stack out. GraphQLParser's own default.
    /// </summary>
    public int MaxSyntaxDepth { get; set; } = 128;

    /// <summary>The most definitions (operations and fragments) in one document.</summary>
    public int MaxDefinitions { get; set; } = 50;

    /// <summary>
    /// The most fragment spreads an operation has once every fragment is expanded where it is
    /// spread: fragments that spread each other twice double it at every level.
    /// </summary>
    public int MaxFragmentSpreads { get; set; } = 200;

    /// <summary>The most items in any one list value (a filter's <c>and</c>, <c>or</c>, <c>in</c>, a list argument).</summary>
    public int MaxListLength { get; set; } = 100;

    /// <summary>How deep lists and objects may nest in one argument or variable value.</summary>
    public int MaxValueDepth { get; set; } = 32;

    /// <summary>The most parts (objects, lists and scalars) in a request's variables together, and in a document's literal values together.</summary>
    public int MaxValueNodes { get; set; } = 1_000;

    /// <summary>How long one request may take to validate, authorize and execute; its SQL is cancelled with it.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
