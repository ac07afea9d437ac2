using Icn.Domain.Opportunities;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Opportunities;

internal sealed class OpportunityKindGraphType : DescribedEnumGraphType<OpportunityKind>
{
    public OpportunityKindGraphType()
        : base("What a shared business opportunity is about.", new Dictionary<OpportunityKind, string>
        {
            [OpportunityKind.BuyerRequest] = "A buyer looks for a product or solution.",
            [OpportunityKind.SupplierSearch] = "A company looks for suppliers.",
            [OpportunityKind.ResearchPartnership] = "Partners sought for research or development.",
            [OpportunityKind.Investment] = "An investment offered or sought.",
            [OpportunityKind.Tender] = "A public or private tender.",
            [OpportunityKind.InterClusterProject] = "A project between clusters of the network.",
            [OpportunityKind.FundingCall] = "A third-party funding call, such as an EU or UN programme.",
        })
    {
        Name = "OpportunityKind";
    }
}
