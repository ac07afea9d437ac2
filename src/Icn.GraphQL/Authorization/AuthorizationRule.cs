using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Icn.GraphQL.Schema;
using Microsoft.AspNetCore.Authorization;


namespace Icn.GraphQL.Authorization;

/// <summary>
/// Enforces the policies and roles that fields and types declare (GraphQL.NET's AuthorizeWithPolicy
/// and AuthorizeWithRoles metadata) before anything executes: the operation to be executed is
/// walked with its fragments, and every selected field, the type it returns and every fragment's
/// type condition must admit the caller. A denied selection fails the whole request with an error
/// on that path, so restricted data never leaks through node, nodes, search or nested paths. It
/// depends on the caller, so it runs on cached documents too.
/// </summary>
public sealed class AuthorizationRule : IValidationRule
{
    public static AuthorizationRule Instance { get; } = new();

    public async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation is { } operation && context.Schema.AllTypes[RootTypeName(operation, context.Schema)] is IComplexGraphType root)
        {
            await new Walk(context).SelectionSetAsync(operation.SelectionSet, root, []);
        }

        return null;
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;

    private static string RootTypeName(GraphQLOperationDefinition operation, ISchema schema) => operation.Operation switch
    {
        OperationType.Mutation => schema.Mutation?.Name ?? "",
        OperationType.Subscription => schema.Subscription?.Name ?? "",
        _ => schema.Query.Name,
    };

    /// <summary>
    /// One walk of one operation, remembering each policy's answer for this caller and each fragment
    /// it has walked under each parent type: the answer for a fragment depends on the type it is
    /// spread into, not on where, so a fragment spread many times (or by fragments that spread each
    /// other twice) is walked once per type, and the walk is linear in the document. A denial inside
    /// it is reported at the first path that reaches it, which fails the request all the same.
    /// </summary>
    private sealed class Walk(ValidationContext context)
    {
        private readonly Dictionary<string, bool> policyAnswers = new(StringComparer.Ordinal);
        private readonly HashSet<(string Fragment, IComplexGraphType Parent)> fragmentsWalked = [];
        private readonly HashSet<string> reported = new(StringComparer.Ordinal);
        private Dictionary<string, GraphQLFragmentDefinition>? fragments;

        private bool Authenticated => context.User?.Identity?.IsAuthenticated == true;

        public async Task SelectionSetAsync(GraphQLSelectionSet selections, IComplexGraphType parent, List<object> path)
        {
            foreach (var selection in selections.Selections)
            {
                // Validation runs under the request's timeout too; a document that somehow takes long stops there.
                context.CancellationToken.ThrowIfCancellationRequested();
                if (!context.ShouldIncludeNode(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case GraphQLField field:
                        await FieldAsync(field, parent, path);
                        break;
                    case GraphQLInlineFragment inline:
                        var conditionType = inline.TypeCondition is { } condition ? context.Schema.AllTypes[condition.Type.Name.StringValue] : parent;
                        await FragmentAsync(inline, conditionType, inline.SelectionSet, parent, path);
                        break;
                    case GraphQLFragmentSpread spread:
                        var name = spread.FragmentName.Name.StringValue;
                        // Marked before it is walked, so a fragment cycle (another rule's error) ends here too.
                        if (Fragment(name) is { } definition && fragmentsWalked.Add((name, parent)))
                        {
                            await FragmentAsync(spread, context.Schema.AllTypes[definition.TypeCondition.Type.Name.StringValue], definition.SelectionSet, parent, path);
                        }

                        break;
                }
            }
        }

        /// <summary>The fragment of that name; the first one when a name is defined twice (another rule's error).</summary>
        private GraphQLFragmentDefinition? Fragment(string name)
        {
            fragments ??= FragmentDefinitions.ByName(context.Document);
            return fragments.GetValueOrDefault(name);
        }

        private async Task FieldAsync(GraphQLField field, IComplexGraphType parent, List<object> path)
        {
            var name = field.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal) || parent.GetField(name) is not { } definition)
            {
                // Introspection is governed elsewhere; an unknown field is the core rules' error.
                return;
            }

            path.Add(field.Alias?.Name.StringValue ?? name);
            var returned = definition.ResolvedType?.GetNamedType();
            var allowed = await AdmitsAsync(field, definition, $"{parent.Name}.{name}", path)
                && (returned is null || await AdmitsAsync(field, returned, returned.Name, path));
            if (allowed && field.SelectionSet is { } children && returned is IComplexGraphType complex)
            {
                await SelectionSetAsync(children, complex, path);
            }

            path.RemoveAt(path.Count - 1);
        }

        private async Task FragmentAsync(ASTNode node, IGraphType? conditionType, GraphQLSelectionSet selections, IComplexGraphType parent, List<object> path)
        {
            if (conditionType is null)
            {
                return;
            }

            if (conditionType != parent && !await AdmitsAsync(node, conditionType, conditionType.Name, path))
            {
                return;
            }

            await SelectionSetAsync(selections, conditionType as IComplexGraphType ?? parent, path);
        }

        private async Task<bool> AdmitsAsync(ASTNode node, IMetadataReader element, string elementName, List<object> path)
        {
            if (!element.IsAuthorizationRequired())
            {
                return true;
            }

            var roles = element.GetRoles();
            var rolesAdmit = roles is null || roles.Count == 0 || roles.Any(role => context.User?.IsInRole(role) == true);
            string? deniedPolicy = null;
            foreach (var policy in element.GetPolicies() ?? [])
            {
                if (!await PolicyAdmitsAsync(policy))
                {
                    deniedPolicy = policy;
                    break;
                }
            }

            // Authorize() without roles or policies asks only for a signed-in caller.
            if (rolesAdmit && deniedPolicy is null && (Authenticated || HasRequirements(element)))
            {
                return true;
            }

            var requirement = deniedPolicy is not null ? context.RequestServices!.GetRequiredService<ICallerRules>().DescribePolicy(deniedPolicy)
                : !rolesAdmit ? $"one of the roles {string.Join(", ", roles!)}"
                : "a signed-in caller";
            if (reported.Add($"{elementName}@{string.Join('.', path)}"))
            {
                var message = Authenticated
                    ? $"'{elementName}' needs {requirement}; the caller's roles do not allow it."
                    : $"'{elementName}' needs {requirement}: sign in first.";
                context.ReportError(new AccessDeniedError(context.Document.Source, node, message, Authenticated, [.. path]));
            }

            return false;
        }

        private static bool HasRequirements(IMetadataReader element) =>
            element.GetRoles() is { Count: > 0 } || element.GetPolicies() is { Count: > 0 };

        private async ValueTask<bool> PolicyAdmitsAsync(string policy)
        {
            if (!policyAnswers.TryGetValue(policy, out var admitted))
            {
                var authorization = context.RequestServices!.GetRequiredService<IAuthorizationService>();
                var user = context.User ?? new System.Security.Claims.ClaimsPrincipal();
                admitted = (await authorization.AuthorizeAsync(user, policy)).Succeeded;
                policyAnswers[policy] = admitted;
            }

            return admitted;
        }
    }
}
