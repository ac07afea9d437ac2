namespace Icn.DemoNetwork;

/// <summary>
/// The regions, countries and cities of the demo network. Cities are real places in the
/// country they are listed under, with the time zone they actually use, so events and
/// addresses read true.
/// </summary>
internal static class PlaceCatalog
{
    public static IReadOnlyList<RegionSpec> Regions { get; } =
    [
        new("nordics", "Nordics",
        [
            Country("DK", "Denmark", "Danish", "+45", ["{0} ApS", "{0} A/S"], NameCulture.Nordic, "Europe/Copenhagen", 1, "Copenhagen", "Aarhus", "Odense", "Aalborg", "Esbjerg"),
            Country("SE", "Sweden", "Swedish", "+46", ["{0} AB"], NameCulture.Nordic, "Europe/Stockholm", 1, "Stockholm", "Gothenburg", "Malmö", "Uppsala", "Luleå"),
            Country("NO", "Norway", "Norwegian", "+47", ["{0} AS"], NameCulture.Nordic, "Europe/Oslo", 1, "Oslo", "Bergen", "Trondheim", "Stavanger"),
            Country("FI", "Finland", "Finnish", "+358", ["{0} Oy"], NameCulture.Nordic, "Europe/Helsinki", 2, "Helsinki", "Tampere", "Turku", "Oulu", "Vaasa"),
            Country("IS", "Iceland", "Icelandic", "+354", ["{0} ehf."], NameCulture.Nordic, "Atlantic/Reykjavik", 0, "Reykjavík", "Akureyri"),
        ]),
        new("dach", "DACH",
        [
            Country("DE", "Germany", "German", "+49", ["{0} GmbH", "{0} AG"], NameCulture.German, "Europe/Berlin", 1, "Berlin", "Hamburg", "Munich", "Stuttgart", "Dresden", "Cologne", "Freiburg", "Hanover"),
            Country("AT", "Austria", "Austrian", "+43", ["{0} GmbH"], NameCulture.German, "Europe/Vienna", 1, "Vienna", "Graz", "Linz", "Innsbruck"),
            Country("CH", "Switzerland", "Swiss", "+41", ["{0} AG", "{0} SA"], NameCulture.German, "Europe/Zurich", 1, "Zurich", "Basel", "Geneva", "Lausanne", "Bern"),
        ]),
        new("benelux", "Benelux",
        [
            Country("NL", "the Netherlands", "Dutch", "+31", ["{0} B.V."], NameCulture.Dutch, "Europe/Amsterdam", 1, "Amsterdam", "Rotterdam", "Eindhoven", "Utrecht", "Groningen", "Delft"),
            Country("BE", "Belgium", "Belgian", "+32", ["{0} NV", "{0} SRL"], NameCulture.Dutch, "Europe/Brussels", 1, "Brussels", "Antwerp", "Ghent", "Leuven", "Liège"),
            Country("LU", "Luxembourg", "Luxembourgish", "+352", ["{0} S.A."], NameCulture.French, "Europe/Luxembourg", 1, "Luxembourg", "Esch-sur-Alzette"),
        ]),
        new("iberia", "Iberia",
        [
            Country("ES", "Spain", "Spanish", "+34", ["{0} S.L.", "{0} S.A."], NameCulture.Iberian, "Europe/Madrid", 1, "Madrid", "Barcelona", "Bilbao", "Valencia", "Seville", "Zaragoza"),
            Country("PT", "Portugal", "Portuguese", "+351", ["{0} Lda.", "{0} S.A."], NameCulture.Iberian, "Europe/Lisbon", 0, "Lisbon", "Porto", "Coimbra", "Braga"),
        ]),
        new("france", "France",
        [
            Country("FR", "France", "French", "+33", ["{0} SAS", "{0} SA"], NameCulture.French, "Europe/Paris", 1, "Paris", "Lyon", "Grenoble", "Toulouse", "Nantes", "Bordeaux", "Lille", "Strasbourg", "Marseille"),
        ]),
        new("british-isles", "British Isles",
        [
            Country("GB", "the United Kingdom", "British", "+44", ["{0} Ltd"], NameCulture.English, "Europe/London", 0, "London", "Manchester", "Edinburgh", "Glasgow", "Bristol", "Birmingham", "Leeds", "Cardiff", "Aberdeen"),
            Country("IE", "Ireland", "Irish", "+353", ["{0} Ltd", "{0} DAC"], NameCulture.English, "Europe/Dublin", 0, "Dublin", "Cork", "Galway", "Limerick"),
        ]),
        new("north-america", "North America",
        [
            new("US", "the United States", "American", "+1", ["{0} Inc.", "{0} LLC"], NameCulture.English,
            [
                new("Boston", "America/New_York", -5), new("Pittsburgh", "America/New_York", -5), new("New York", "America/New_York", -5),
                new("Chicago", "America/Chicago", -6), new("Austin", "America/Chicago", -6), new("Denver", "America/Denver", -7),
                new("Phoenix", "America/Phoenix", -7), new("San Francisco", "America/Los_Angeles", -8), new("Seattle", "America/Los_Angeles", -8),
            ]),
            new("CA", "Canada", "Canadian", "+1", ["{0} Inc.", "{0} Ltd."], NameCulture.English,
            [
                new("Toronto", "America/Toronto", -5), new("Montreal", "America/Toronto", -5), new("Ottawa", "America/Toronto", -5),
                new("Vancouver", "America/Vancouver", -8), new("Calgary", "America/Edmonton", -7), new("Halifax", "America/Halifax", -4),
            ]),
        ]),
        new("east-asia", "East Asia",
        [
            Country("JP", "Japan", "Japanese", "+81", ["{0} Co., Ltd.", "{0} K.K."], NameCulture.Japanese, "Asia/Tokyo", 9, "Tokyo", "Osaka", "Yokohama", "Kitakyushu", "Kobe", "Fukuoka"),
            Country("KR", "South Korea", "Korean", "+82", ["{0} Co., Ltd."], NameCulture.Korean, "Asia/Seoul", 9, "Seoul", "Busan", "Daejeon", "Ulsan", "Incheon"),
            Country("TW", "Taiwan", "Taiwanese", "+886", ["{0} Co., Ltd.", "{0} Corp."], NameCulture.Taiwanese, "Asia/Taipei", 8, "Taipei", "Kaohsiung", "Taichung", "Tainan", "Hsinchu"),
        ]),
        new("central-eastern-europe", "Central & Eastern Europe",
        [
            Country("PL", "Poland", "Polish", "+48", ["{0} sp. z o.o."], NameCulture.CentralEuropean, "Europe/Warsaw", 1, "Warsaw", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Katowice"),
            Country("CZ", "Czechia", "Czech", "+420", ["{0} s.r.o."], NameCulture.CentralEuropean, "Europe/Prague", 1, "Prague", "Brno", "Ostrava"),
            Country("HU", "Hungary", "Hungarian", "+36", ["{0} Kft."], NameCulture.CentralEuropean, "Europe/Budapest", 1, "Budapest", "Debrecen", "Szeged"),
            Country("EE", "Estonia", "Estonian", "+372", ["{0} OÜ"], NameCulture.CentralEuropean, "Europe/Tallinn", 2, "Tallinn", "Tartu"),
            Country("SI", "Slovenia", "Slovenian", "+386", ["{0} d.o.o."], NameCulture.CentralEuropean, "Europe/Ljubljana", 1, "Ljubljana", "Maribor"),
            Country("LT", "Lithuania", "Lithuanian", "+370", ["UAB {0}"], NameCulture.CentralEuropean, "Europe/Vilnius", 2, "Vilnius", "Kaunas"),
        ]),
    ];

    /// <summary>A country whose cities all share one time zone.</summary>
    private static CountrySpec Country(
        string code, string name, string adjective, string callingCode, string[] legalForms,
        NameCulture names, string timeZone, int offsetHours, params string[] cities) =>
        new(code, name, adjective, callingCode, legalForms, names, [.. cities.Select(c => new CitySpec(c, timeZone, offsetHours))]);
}
