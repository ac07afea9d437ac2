using GraphQL.Types;

namespace Icn.Graph.Clusters;

/// <summary>The triple-helix counts of <c>updateCluster</c>; counts left out keep their value.</summary>
internal sealed class TripleHelixInputType : InputObjectGraphType
{
    public TripleHelixInputType()
    {
        Name = "TripleHelixInput";
        Description = "New triple-helix counts; counts left out keep their value.";
        Field<IntGraphType>("companies").Description("Companies among the cluster's members (zero or more).");
        Field<IntGraphType>("researchInstitutions").Description("Universities and research institutions among the cluster's members (zero or more).");
        Field<IntGraphType>("publicAuthorities").Description("Public authorities among the cluster's members (zero or more).");
    }
}
