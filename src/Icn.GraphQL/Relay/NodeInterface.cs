using GraphQL.Types;

namespace Icn.GraphQL.Relay;

/// <summary>The Relay Node interface: every entity has an opaque global id.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with an opaque global id, refetchable with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object's opaque global id.");
    }
}
