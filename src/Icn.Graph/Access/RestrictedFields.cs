using GraphQL;
using Icn.Graph.Errors;

namespace Icn.Graph.Access;

/// <summary>
/// Guards a field that only network-wide staff may read: anyone else gets an error on that path
/// (UNAUTHENTICATED without credentials, FORBIDDEN with too few rights) and a null value.
/// </summary>
internal static class RestrictedFields
{
    public static T Require<T>(IResolveFieldContext context, T value)
    {
        var viewer = context.RequestServices!.GetRequiredService<Viewer>();
        if (viewer.SeesRestrictedData)
        {
            return value;
        }

        throw viewer.IsAuthenticated
            ? new ExecutionError($"Your roles do not allow reading '{context.FieldDefinition.Name}'.") { Code = ErrorCodes.Forbidden }
            : new ExecutionError($"Sign in to read '{context.FieldDefinition.Name}'.") { Code = ErrorCodes.Unauthenticated };
    }
}
