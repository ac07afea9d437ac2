using System.Reflection;

namespace Icn.GraphQL;

/// <summary>What the host tells the engine when it registers it (<see cref="GraphQLEngineServiceCollectionExtensions.AddGraphQLEngine"/>).</summary>
public sealed class GraphQLEngineOptions
{
    /// <summary>
    /// The message for an unexpected exception that is really the caller's input (text the database
    /// cannot store, say), answered as BAD_USER_INPUT; null for a failure of the server, which is masked.
    /// </summary>
    public Func<Exception, string?> InputProblem { get; set; } = _ => null;

    /// <summary>
    /// The <c>DbFunctions</c> extension the <c>contains</c> and <c>startsWith</c> filters match text
    /// with: <c>(DbFunctions, string matchExpression, string pattern, string escapeCharacter) → bool</c>,
    /// case-insensitive where the provider has one (PostgreSQL's ILIKE). Null keeps EF Core's LIKE.
    /// </summary>
    public MethodInfo? CaseInsensitiveLike { get; set; }
}
