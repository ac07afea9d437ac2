using Icn.Domain.Opportunities;

namespace Icn.DemoNetwork;

/// <summary>Titles and summaries of opportunities, per kind.</summary>
internal static class OpportunityWords
{
    public static IReadOnlyDictionary<OpportunityKind, string[]> Titles { get; } = new Dictionary<OpportunityKind, string[]>
    {
        [OpportunityKind.BuyerRequest] = ["Buyer sought for {product}", "{Adjective} utility looking to buy {product}", "Procurement request: {product} for a site in {city}", "Industrial buyer in {city} needs {product}"],
        [OpportunityKind.SupplierSearch] = ["Supplier wanted: {product}", "Looking for a manufacturing partner for {product}", "Sourcing {product} for a pilot in {city}", "Suppliers of {product} sought for a roll-out in {region}"],
        [OpportunityKind.ResearchPartnership] = ["Research partner sought on {topic}", "Joint R&D on {topic}", "Consortium forming for a research project on {topic}", "Field-trial partners wanted for {product}"],
        [OpportunityKind.Investment] = ["Investors sought for a start-up making {product}", "Co-investor wanted to scale up {product}", "Growth capital for a producer of {product}", "{Adjective} investment fund seeks companies working on {topic}"],
        [OpportunityKind.Tender] = ["Tender: {product} for the City of {city}", "Public tender for {product} in {city}", "Upcoming tender on {topic} in the {city} region"],
        [OpportunityKind.InterClusterProject] = ["Inter-cluster project on {topic}: partners from {region} wanted", "Joint export mission to {region} for {sector} companies", "Partner clusters wanted for a cross-border pilot on {topic}"],
        [OpportunityKind.FundingCall] = ["Funding call under {programme} on {topic}", "New call under {programme}: consortia on {topic}", "Open call for pilots in {sector} under {programme}"],
    };

    public static IReadOnlyDictionary<OpportunityKind, string[]> Summaries { get; } = new Dictionary<OpportunityKind, string[]>
    {
        [OpportunityKind.BuyerRequest] =
        [
            "A member of {cluster} is looking to buy {product} and wants offers from suppliers elsewhere in the network.",
            "An industrial company near {city} plans to replace its current equipment with {product} within a year and is comparing suppliers.",
        ],
        [OpportunityKind.SupplierSearch] =
        [
            "{Cluster} has a member that needs a reliable supplier of {product} for projects in {region}.",
            "A growing integrator in {city} is looking for a second source of {product} to meet demand next year.",
        ],
        [OpportunityKind.ResearchPartnership] =
        [
            "A research group in {city} invites companies and institutes to join a project on {topic}.",
            "Members of {cluster} want to test new approaches to {topic} and need research partners with lab capacity.",
        ],
        [OpportunityKind.Investment] =
        [
            "A fast-growing company in {city} is raising capital to scale up production of {product}.",
            "Investors active in {sector} are invited to meet a portfolio of companies from {cluster}.",
        ],
        [OpportunityKind.Tender] =
        [
            "A public buyer in {city} is preparing a tender for {product}; the early market dialogue is open to companies from ICN clusters.",
            "The {city} region will tender a project on {topic} and welcomes bids from consortia that include foreign companies.",
        ],
        [OpportunityKind.InterClusterProject] =
        [
            "{Cluster} proposes a joint project with other ICN clusters on {topic} and is looking for two or three partner clusters.",
            "A group of clusters is preparing joint activities in {sector} and invites others from {region} to join.",
        ],
        [OpportunityKind.FundingCall] =
        [
            "{Programme} has opened a call on {topic}; {cluster} is forming a consortium and looks for partners from other regions.",
            "A new call under {programme} funds pilots in {sector}. We help members find partners and shape a proposal.",
        ],
    };

    /// <summary>Programmes funding calls name: European, UN and national schemes of the kind clusters apply to.</summary>
    public static IReadOnlyList<string> Programmes { get; } =
    [
        "Horizon Europe", "the LIFE Programme", "Interreg North Sea", "the EU Innovation Fund", "Eurostars",
        "the Single Market Programme", "a UN climate technology facility", "a national export promotion fund",
    ];
}
