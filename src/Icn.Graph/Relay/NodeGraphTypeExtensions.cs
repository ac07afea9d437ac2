using GraphQL.Types;
using Icn.Domain.Common;

namespace Icn.Graph.Relay;

internal static class NodeGraphTypeExtensions
{
    /// <summary>Makes an entity's object type a Node: the global id and version fields, the interface and the type check.</summary>
    public static void ImplementNode<T>(this ObjectGraphType<T> type, string typeName)
        where T : Entity
    {
        type.ImplementNode(typeName, row => row.Id);
        type.Field<NonNullGraphType<IntGraphType>>("version")
            .Description($"Incremented on every change of the {typeName}; update mutations take the version you read and refuse a stale one.")
            .Resolve(context => context.Source.Version);
    }

    /// <summary>
    /// Makes the object type of a row that is not an <see cref="Entity"/> (a staff account, a website
    /// key, an audit entry) a Node: the global id of its key, the interface and the type check.
    /// </summary>
    public static void ImplementNode<T>(this ObjectGraphType<T> type, string typeName, Func<T, Guid> keyOf)
        where T : class
    {
        type.Name = typeName;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description($"The {typeName}'s opaque global id.")
            .Resolve(context => GlobalId.Encode(typeName, keyOf(context.Source)));
        type.Interface<NodeInterface>();
        type.IsTypeOf = value => value is T;
    }
}
