using GraphQL.Types;
using Icn.Domain.Clusters;

namespace Icn.Graph.Clusters;

internal sealed class TripleHelixType : ObjectGraphType<TripleHelix>
{
    public TripleHelixType()
    {
        Name = "TripleHelix";
        Description = "The three strands of a cluster's member base.";
        Field(h => h.Companies).Description("Companies among the cluster's members.");
        Field(h => h.ResearchInstitutions).Description("Universities and research institutions among the cluster's members.");
        Field(h => h.PublicAuthorities).Description("Public authorities among the cluster's members.");
    }
}
