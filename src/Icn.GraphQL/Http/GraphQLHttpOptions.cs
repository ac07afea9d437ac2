namespace Icn.GraphQL.Http;

/// <summary>Settings of the GraphQL HTTP endpoint (configuration section "GraphQL:Http").</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL:Http";

    /// <summary>How long browsers and shared caches may keep a public answer to a GET of a trusted document, in seconds.</summary>
    public int CacheMaxAgeSeconds { get; set; } = 60;
}
