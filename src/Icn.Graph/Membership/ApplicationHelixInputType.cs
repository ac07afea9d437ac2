using GraphQL.Types;

namespace Icn.Graph.Membership;

/// <summary>The triple-helix counts of an application: all three, unlike an update's, which may leave some out.</summary>
internal sealed class ApplicationHelixInputType : InputObjectGraphType
{
    public ApplicationHelixInputType()
    {
        Name = "ApplicationHelixInput";
        Description = "How the applicant's member base divides into the triple helix.";
        Field<NonNullGraphType<IntGraphType>>("companies").Description("Companies among the cluster's members (zero or more).");
        Field<NonNullGraphType<IntGraphType>>("researchInstitutions").Description("Universities and research institutions among the cluster's members (zero or more).");
        Field<NonNullGraphType<IntGraphType>>("publicAuthorities").Description("Public authorities among the cluster's members (zero or more).");
    }
}
