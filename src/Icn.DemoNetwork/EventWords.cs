using Icn.Domain.Events;

namespace Icn.DemoNetwork;

/// <summary>Titles, introductions and programme items of network events, per kind.</summary>
internal static class EventWords
{
    public static IReadOnlyDictionary<EventKind, string[]> Titles { get; } = new Dictionary<EventKind, string[]>
    {
        [EventKind.Matchmaking] = ["ICN Matchmaking Days: {Sector} in {city}", "B2B matchmaking on {topic}", "Matchmaking for buyers and suppliers of {product}", "Partner search session: {topic}"],
        [EventKind.Webinar] = ["Webinar: {topic}", "Webinar: lessons from {country} on {topic}", "Webinar: meet the buyers of {product}", "Webinar: financing {product}"],
        [EventKind.Delegation] = ["Delegation visit to {city}: {sector}", "Delegation from {region} to the {city} {sector} ecosystem", "Study tour: {topic} in {country}"],
        [EventKind.Conference] = ["{city} Cleantech Summit {year}", "{Sector} Forum {city} {year}", "ICN Conference on {topic}, {year}", "{Adjective} Cleantech Days {year}"],
    };

    public static IReadOnlyDictionary<EventKind, string[]> Introductions { get; } = new Dictionary<EventKind, string[]>
    {
        [EventKind.Matchmaking] =
        [
            "Pre-booked one-to-one meetings between companies, buyers and researchers from ICN clusters, hosted by {cluster}. Profiles are published two weeks ahead so everyone can choose whom to meet.",
            "A day of short, focused meetings on {topic}. Each participant gets up to eight meetings and a place at the shared lunch.",
        ],
        [EventKind.Webinar] =
        [
            "Sixty minutes on {topic} with speakers from two member clusters, followed by questions from the audience.",
            "A practical session for companies that want to work with customers abroad. Slides and the recording are shared with registered participants.",
        ],
        [EventKind.Delegation] =
        [
            "A guided programme for visitors from other ICN clusters: company visits, pilot sites and meetings with local authorities around {city}.",
            "{Cluster} hosts a delegation interested in {sector}, with site visits and a matchmaking afternoon with local companies.",
        ],
        [EventKind.Conference] =
        [
            "The yearly meeting place for the {sector} community in {country}, with keynotes, panels and an exhibition of member companies.",
            "Two tracks of talks on {topic} and on international growth, plus a matchmaking area open all day.",
        ],
    };

    public static IReadOnlyDictionary<EventKind, string[]> Programme { get; } = new Dictionary<EventKind, string[]>
    {
        [EventKind.Matchmaking] = ["Welcome and pitches from the host cluster", "One-to-one meetings in twenty-minute slots", "Lunch and an exhibition of member solutions", "Site visit to a local pilot project", "Networking reception"],
        [EventKind.Webinar] = ["Introduction by the host cluster", "Case study from a member company", "What buyers in {country} look for", "Questions and answers", "Next steps and upcoming matchmaking"],
        [EventKind.Delegation] = ["Arrival and welcome dinner", "Visits to three member companies", "Meeting with the regional energy agency", "Tour of a demonstration site for {topic}", "Matchmaking afternoon and closing reception"],
        [EventKind.Conference] = ["Opening keynote on {topic}", "Panel: scaling {sector} solutions across borders", "Parallel sessions on funding and export", "Exhibition and matchmaking area", "Awards for the best inter-cluster project"],
        [EventKind.BoardMeeting] = ["Membership applications presented by the Secretariat", "Fee collection and the annual accounts", "Obligations of members: status per cluster", "Network strategy and next year's events", "Any other business"],
    };

    public static IReadOnlyList<string> Venues { get; } =
    [
        "{city} Congress Centre", "Science Park {city}", "{city} Innovation House", "Old Harbour Hall, {city}",
        "Technical University campus, {city}", "{city} City Hall", "{cluster} offices, {city}",
    ];
}
