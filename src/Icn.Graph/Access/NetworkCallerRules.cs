using System.Security.Claims;
using GraphQL.Validation;
using Icn.Domain.Staff;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

namespace Icn.Graph.Access;

/// <summary>
/// The network's answers to what the GraphQL engine asks about a caller: anonymous callers and
/// website keys read public data only; a key may be limited to trusted documents; where
/// introspection is for staff only (<see cref="IntrospectionOptions"/>), so are the "did you mean"
/// hints and <c>__schema</c>/<c>__type</c> (<see cref="IntrospectionRule"/>); policies are described
/// by <see cref="AccessPolicies"/>.
/// </summary>
internal sealed class NetworkCallerRules(IConfiguration configuration, IHostEnvironment environment) : ICallerRules
{
    private readonly bool staffOnlyIntrospection = IntrospectionOptions.IsStaffOnly(configuration, environment);

    public IReadOnlyList<IValidationRule> ValidationRules => staffOnlyIntrospection ? [IntrospectionRule.Instance] : [];

    /// <summary>Staff tokens may read restricted data; everyone else reads what is public.</summary>
    public bool ReadsPublicDataOnly(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated != true || user.Identity.AuthenticationType == IcnClaims.ApiKeyAuthenticationType;

    public bool AcceptsTrustedDocumentsOnly(ClaimsPrincipal user) => user.HasClaim(IcnClaims.TrustedDocumentsOnly, "true");

    public bool SeesSuggestions(ClaimsPrincipal? user) =>
        !staffOnlyIntrospection || (user is not null && StaffRoles.All.Any(user.IsInRole));

    public string DescribePolicy(string policy) => AccessPolicies.Describe(policy);
}
