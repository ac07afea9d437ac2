using GraphQL.Types;
using Icn.Domain.Common;
using Icn.GraphQL.Relay;

namespace Icn.Graph.Engine.Relay;

internal static class NodeGraphTypeExtensions
{
    /// <summary>
    /// Makes an entity's object type a Node: the global id and version fields, the interface and the
    /// type check. A row that is not an <see cref="Entity"/> (a staff account, a website key, an audit
    /// entry) is made a Node by the engine's overload with its key.
    /// </summary>
    public static void ImplementNode<T>(this ObjectGraphType<T> type, string typeName)
        where T : Entity
    {
        type.ImplementNode(typeName, row => row.Id);
        type.Field<NonNullGraphType<IntGraphType>>("version")
            .Description($"Incremented on every change of the {typeName}; update mutations take the version you read and refuse a stale one.")
            .Resolve(context => context.Source.Version);
    }
}
