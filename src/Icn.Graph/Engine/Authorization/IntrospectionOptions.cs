using Icn.Graph.Access;
using Icn.GraphQL.Authorization;

namespace Icn.Graph.Engine.Authorization;

/// <summary>
/// Who may introspect the schema (configuration section "GraphQL:Introspection"). In Production
/// only staff by default: the public contract is schema.graphql in the repository, and an open
/// introspection or "did you mean" suggestions help someone probing for restricted fields.
/// </summary>
internal sealed class IntrospectionOptions
{
    public const string Section = "GraphQL:Introspection";

    /// <summary>True: <c>__schema</c>/<c>__type</c> and field suggestions are for staff only. Unset: true in Production.</summary>
    public bool? StaffOnly { get; set; }

    public static bool IsStaffOnly(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetSection(Section).Get<IntrospectionOptions>()?.StaffOnly ?? environment.IsProduction();
}
