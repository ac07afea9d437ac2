using Icn.Domain.Opportunities;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Opportunities;

internal sealed class OpportunityStatusGraphType : DescribedEnumGraphType<OpportunityStatus>
{
    public OpportunityStatusGraphType()
        : base("Where an opportunity is in its life.", new Dictionary<OpportunityStatus, string>
        {
            [OpportunityStatus.Draft] = "Being written by the posting cluster; not public.",
            [OpportunityStatus.Published] = "Shared with the network and open for interest.",
            [OpportunityStatus.Closed] = "No longer open for interest.",
        })
    {
        Name = "OpportunityStatus";
    }
}
