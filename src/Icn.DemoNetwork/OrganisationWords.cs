namespace Icn.DemoNetwork;

/// <summary>
/// Word lists for member organisations; in names {Sector} is title-cased. Company names are built from invented brand syllables
/// ("Nor" + "vind"), so no name is meant to be a real firm's.
/// </summary>
internal static class OrganisationWords
{
    public static IReadOnlyList<string> BrandStarts { get; } =
    [
        "Nor", "Sol", "Aqua", "Ter", "Vel", "Kal", "Bri", "Lum", "Ev", "Hel", "Ost", "Ven", "Cir", "Gre", "Zen",
        "Ar", "Fjor", "Ber", "Mar", "Cel", "Val", "Ori", "Tal", "Nex", "Kor", "Sil", "Wat", "Fen", "Rho", "Ast",
    ];

    public static IReadOnlyList<string> BrandEnds { get; } =
    [
        "vind", "ara", "tek", "volt", "ion", "ena", "ix", "ora", "wave", "ium", "lys", "flow", "sa", "mont",
        "vista", "nova", "gen", "line", "ra", "dal", "stream", "ris", "mo", "vik",
    ];

    public static IReadOnlyList<string> ResearchNames { get; } =
    [
        "{City} Institute for {Sector}", "{Sector} Research Centre {City}", "{City} University of Technology, {Sector} Lab",
        "{City} Applied Research Institute", "Centre for {Sector} Studies, {City}", "{City} Polytechnic, Department of {Sector}",
    ];

    public static IReadOnlyList<string> PublicNames { get; } =
    [
        "City of {City} Climate Office", "{City} Municipal Utilities", "{City} Region Business Development Agency",
        "{City} Environmental Agency", "{City} Port Authority", "{City} Energy Agency", "{City} Regional Council, Green Growth Unit",
    ];

    public static IReadOnlyList<string> OtherNames { get; } =
    [
        "{City} Clean Energy Foundation", "{City} Green Investors Network", "{Sector} Industry Association {City}",
        "{City} Chamber of Industry, Sustainability Desk", "{City} Climate Venture Fund", "{City} Technology Transfer Office",
    ];

    public static IReadOnlyList<string> CompanyDescriptions { get; } =
    [
        "Develops {product} for customers across {region}.",
        "Designs {product}, sold through partners in {count} countries.",
        "Engineering company specialised in {product}, from feasibility studies to commissioning.",
        "Start-up building {product}; currently running pilots with two utilities around {city}.",
        "Family-owned company supplying {product} from its base in {city}.",
        "Software and services company working on {topic}.",
    ];

    public static IReadOnlyList<string> ResearchDescriptions { get; } =
    [
        "Researches {topic} and runs pilot facilities open to companies in the cluster.",
        "Applied research group working with industry on {topic}; offers test beds and student projects.",
        "University department with a strong track record in {topic} and European research projects.",
    ];

    public static IReadOnlyList<string> PublicDescriptions { get; } =
    [
        "Supports the local green transition through procurement, permits and pilot sites for {topic}.",
        "Public body that funds and coordinates regional projects on {topic}.",
        "Owns and runs local infrastructure and tests new solutions in {sector} with cluster members.",
    ];

    public static IReadOnlyList<string> OtherDescriptions { get; } =
    [
        "Connects investors, companies and local government around {topic}.",
        "Member-based association representing companies in {sector} in and around {city}.",
        "Helps start-ups in {sector} with financing, mentoring and first customers.",
    ];
}
