using GraphQL.Validation;
using GraphQLParser.AST;
using Icn.Domain.Staff;
using Icn.GraphQL.Authorization;

using Icn.Graph.Access;

namespace Icn.Graph.Engine.Authorization;

/// <summary>Refuses <c>__schema</c> and <c>__type</c> to callers without a staff role (where configured); <c>__typename</c> stays open.</summary>
internal sealed class IntrospectionRule : IValidationRule
{
    public static IntrospectionRule Instance { get; } = new();

    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user is not null && StaffRoles.All.Any(user.IsInRole))
        {
            return default;
        }

        return new ValueTask<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            var name = field.Name.StringValue;
            if (name is "__schema" or "__type")
            {
                validation.ReportError(new AccessDeniedError(
                    validation.Document.Source, field, "Introspection is open to staff only; the public schema is published as schema.graphql.",
                    user?.Identity?.IsAuthenticated == true, [field.Alias?.Name.StringValue ?? name]));
            }
        }));
    }

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
}
