using GraphQL.Types;

namespace Icn.Graph.Clusters;

/// <summary>The contact person of <c>updateCluster</c>; fields left out keep their value, null clears one.</summary>
internal sealed class ContactInputType : InputObjectGraphType
{
    public ContactInputType()
    {
        Name = "ContactInput";
        Description = "The cluster's contact person (personal data, read by the network's staff only); fields left out keep their value, null clears one.";
        Field<StringGraphType>("name").Description("The contact person's name.");
        Field<StringGraphType>("email").Description("The contact person's e-mail address.");
        Field<StringGraphType>("phone").Description("The contact person's phone number: digits, spaces, '+', '-', '(', ')', '.' and '/'.");
    }
}
