using GraphQL.Types;
using Icn.Domain.Clusters;

namespace Icn.Graph.Clusters;

internal sealed class ContactType : ObjectGraphType<ClusterContact>
{
    public ContactType()
    {
        Name = "Contact";
        Description = "A contact person: personal data, readable by the network's staff only.";
        Field(c => c.Name, nullable: true).Description("The contact person's name.");
        Field(c => c.Email, nullable: true).Description("The contact person's e-mail address.");
        Field(c => c.Phone, nullable: true).Description("The contact person's phone number.");
    }
}
