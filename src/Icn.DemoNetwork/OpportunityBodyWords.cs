using Icn.Domain.Opportunities;

namespace Icn.DemoNetwork;

/// <summary>The paragraphs and requirement bullets opportunity bodies are made of, per kind.</summary>
internal static class OpportunityBodyWords
{
    public static IReadOnlyDictionary<OpportunityKind, string[]> Backgrounds { get; } = new Dictionary<OpportunityKind, string[]>
    {
        [OpportunityKind.BuyerRequest] =
        [
            "The buyer is a {adjective} company expanding its operations around {city}. After a successful pilot it now wants to source {product} at scale and is open to suppliers from other regions.",
            "Rising energy prices and new reporting rules have pushed the buyer to act on {topic}. A budget has been approved and the technical requirements are ready to share.",
        ],
        [OpportunityKind.SupplierSearch] =
        [
            "Our member assembles complete systems and has more orders than its current suppliers can serve. It wants a long-term partner for {product}.",
            "The company is preparing a roll-out across {region} and needs components that meet local standards and can be delivered in series.",
        ],
        [OpportunityKind.ResearchPartnership] =
        [
            "Work on {topic} has moved from the lab to first field tests in {city}. The next step needs partners who bring complementary methods and real-world test sites.",
            "The project builds on two earlier national projects. Results will be published openly, and industrial partners get early access to the test data.",
        ],
        [OpportunityKind.Investment] =
        [
            "The company has paying customers in {country} and a pipeline in two more markets. The new round finances a production line and an international sales team.",
            "Demand for {product} is growing quickly and the founders want investors who know the sector and can open doors in {region}.",
        ],
        [OpportunityKind.Tender] =
        [
            "The City of {city} has committed to climate neutrality and uses public procurement to bring new solutions to market. This tender is part of that programme.",
            "Before the formal tender is published, the buyer holds a market dialogue to make sure the requirements match what suppliers can offer.",
        ],
        [OpportunityKind.InterClusterProject] =
        [
            "Clusters across the network face the same questions about {topic}. Working together lets our members share test sites, customers and lessons learnt.",
            "The project would run for two years, with a kick-off in {city}, joint webinars and a matchmaking event in each partner region.",
        ],
        [OpportunityKind.FundingCall] =
        [
            "{Programme} supports projects that bring {sector} solutions closer to the market. Consortia must combine companies, research and public partners from several countries.",
            "The call suits projects on {topic} that are ready for demonstration. Funding covers a large share of the costs, and small companies get a higher rate.",
        ],
    };

    public static IReadOnlyDictionary<OpportunityKind, string[]> Requirements { get; } = new Dictionary<OpportunityKind, string[]>
    {
        [OpportunityKind.BuyerRequest] = ["Proven installations in at least two countries", "Delivery and commissioning within twelve months", "A local service partner or remote support in English", "Documented lifetime emissions of the product", "References from utilities or industrial customers"],
        [OpportunityKind.SupplierSearch] = ["Capacity to deliver series volumes from next year", "CE marking, or a clear path to it", "Willingness to adapt the design to local standards", "Competitive lifetime cost rather than the lowest purchase price", "An engineer who can join design reviews"],
        [OpportunityKind.ResearchPartnership] = ["Hands-on experience with {topic}", "Access to lab or pilot facilities", "Interest in a joint application for public funding", "Industrial partners able to host field trials", "Capacity for a PhD or postdoc over the next two years"],
        [OpportunityKind.Investment] = ["Tickets between EUR 0.5 and 3 million", "Experience with hardware companies in {sector}", "Active support with international sales", "Co-investment alongside a regional fund", "A horizon of five to seven years"],
        [OpportunityKind.Tender] = ["Registration on the national procurement portal", "References from comparable public projects", "A local partner for installation and maintenance", "Questions may be asked in English", "Consortium bids are welcome"],
        [OpportunityKind.InterClusterProject] = ["Clusters with active members in {sector}", "A named project manager in each partner cluster", "Staff time for eighteen months", "Willingness to host one partner meeting", "Companies ready to join a shared pilot"],
        [OpportunityKind.FundingCall] = ["Partners from at least three countries", "A small company ready to lead a work package", "A research partner with experience in {topic}", "Letters of intent before the consortium meeting", "An own contribution of about a third of the costs"],
    };
}
