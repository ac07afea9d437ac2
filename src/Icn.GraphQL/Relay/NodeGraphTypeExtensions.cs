using GraphQL.Types;

namespace Icn.GraphQL.Relay;

public static class NodeGraphTypeExtensions
{
    /// <summary>Makes the object type of a row a Node: the global id of its key, the interface and the type check.</summary>
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
