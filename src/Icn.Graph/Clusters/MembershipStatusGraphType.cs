using Icn.Domain.Membership;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Clusters;

internal sealed class MembershipStatusGraphType : DescribedEnumGraphType<MembershipStatus>
{
    public MembershipStatusGraphType()
        : base("Where a cluster stands in ICN.", new Dictionary<MembershipStatus, string>
        {
            [MembershipStatus.Applicant] = "Applying for membership; not public.",
            [MembershipStatus.Member] = "A member of the network.",
            [MembershipStatus.Suspended] = "A member whose membership is suspended, for example for an unpaid fee.",
            [MembershipStatus.Former] = "A former member; not public.",
        })
    {
        Name = "MembershipStatus";
    }
}
