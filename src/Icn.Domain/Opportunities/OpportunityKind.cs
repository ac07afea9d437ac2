namespace Icn.Domain.Opportunities;

/// <summary>What a shared business opportunity is about.</summary>
public enum OpportunityKind
{
    BuyerRequest,
    SupplierSearch,
    ResearchPartnership,
    Investment,
    Tender,
    InterClusterProject,
    FundingCall,
}
