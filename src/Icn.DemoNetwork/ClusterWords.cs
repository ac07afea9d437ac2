namespace Icn.DemoNetwork;

/// <summary>Word lists for cluster names and profiles. {city} and {adjective} name the cluster's home.</summary>
internal static class ClusterWords
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "{City} Cleantech Cluster", "{City} Clean Energy Alliance", "{City} Green Tech Hub", "Cleantech {City}",
        "{City} Sustainable Industry Network", "{City} Energy & Environment Cluster", "{City} Climate Innovation Cluster",
        "{City} Circular Economy Hub", "Green Valley {City}", "{City} Region Cleantech Partnership", "{City} Low Carbon Cluster",
        "{City} Environmental Technology Cluster", "{Adjective} Water & Energy Cluster", "{Adjective} Hydrogen Valley",
        "{Adjective} Smart Energy Cluster", "{Adjective} Clean Mobility Cluster", "{City} Greentech Forum", "{City} Energy Transition Cluster",
    ];

    /// <summary>What the cluster does besides bringing its members together; ends a sentence.</summary>
    public static IReadOnlyList<string> Activities { get; } =
    [
        "runs test beds where companies try new technologies with the local utilities",
        "helps small and medium-sized companies find their first export market",
        "coordinates joint applications to national and European funding programmes",
        "connects start-ups with industrial buyers through a yearly pitch programme",
        "hosts a shared demonstration site for {topic}",
        "works with the regional government on procurement that rewards low-carbon solutions",
        "trains engineers and technicians for jobs in {sector}",
        "publishes an annual map of the regional {sector} value chain",
    ];

    public static IReadOnlyList<string> Strategies { get; } =
    [
        "Our international work focuses on {region} and {partner}: two export missions a year, incoming delegations, and partners for joint projects found through ICN.",
        "We use the network to open doors for our members in {region} and {partner}, with a soft-landing programme for companies that want a local presence.",
        "Internationally we concentrate on {topic}, where our members are strongest, and look for research partners and first customers in {region} and {partner}.",
        "We act as the one-stop entry point to {country} for foreign clusters and bring our members to {region} and {partner} through matchmaking events.",
        "Our strategy is to build long-term partnerships with two or three clusters per region, starting with {region} and {partner}, around joint pilots in {sector}.",
    ];
}
