using GraphQL.Types;
using Icn.Domain.Membership;

namespace Icn.Graph.Clusters;

internal sealed class MembershipType : ObjectGraphType<ClusterMembership>
{
    public MembershipType()
    {
        Name = "Membership";
        Description = "A cluster's membership in ICN. Status and date are public; fees are not.";
        Field<NonNullGraphType<MembershipStatusGraphType>>("status")
            .Description("Where the cluster stands in ICN.")
            .Resolve(context => context.Source.Status);
        Field(m => m.Since, nullable: true).Description("The day the cluster became a member; null for an applicant.");
    }
}
