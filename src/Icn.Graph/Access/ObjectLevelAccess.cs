using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Icn.GraphQL.Errors;

namespace Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

/// <summary>
/// Object-level rules on fields: a policy, enforced before execution, says who may ask for a field
/// at all; whether they may read it on this particular object (their own cluster's opportunity) is
/// known only once the parent is loaded. A caller the rule refuses gets null on that path and a
/// FORBIDDEN error naming it; the rest of the answer is unaffected.
/// </summary>
internal static class ObjectLevelAccess
{
    /// <summary>Makes <paramref name="field"/> nullable and resolves it only where <paramref name="mayRead"/> admits the caller.</summary>
    public static FieldType ReadableOnlyWhere<TSource>(this FieldType field, Func<Viewer, TSource, bool> mayRead, string refusal)
    {
        if (field.Type is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>))
        {
            field.Type = type.GetGenericArguments()[0];
        }

        field.Resolver = new GuardedResolver<TSource>(field.Resolver!, mayRead, refusal);
        return field;
    }

    private sealed class GuardedResolver<TSource>(IFieldResolver inner, Func<Viewer, TSource, bool> mayRead, string refusal) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context) =>
            mayRead(context.RequestServices!.GetRequiredService<Viewer>(), (TSource)context.Source!)
                ? inner.ResolveAsync(context)
                : throw new ExecutionError(refusal) { Code = ErrorCodes.Forbidden };
    }
}
