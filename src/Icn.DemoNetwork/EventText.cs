using Icn.Domain.Events;

namespace Icn.DemoNetwork;

/// <summary>Writes an event's Markdown description: what it is, the programme, and the practical details.</summary>
internal static class EventText
{
    public static string Description(SeedRandom random, NetworkEvent networkEvent, TextSlots slots)
    {
        var text = new MarkdownText();
        if (networkEvent.Kind == EventKind.BoardMeeting)
        {
            text.Heading("About the meeting")
                .Paragraph("Closed meeting of the ICN Board of Directors. Papers are shared with Board members one week before; decisions are recorded in the minutes.");
        }
        else
        {
            text.Heading("About the event").Paragraph(slots.Fill(random.Pick(EventWords.Introductions[networkEvent.Kind])));
        }

        return text.Heading("Programme")
            .Bullets(random.PickDistinct(EventWords.Programme[networkEvent.Kind], random.Between(3, 4)).Select(slots.Fill))
            .Heading("Practical information")
            .Paragraph(Practical(networkEvent))
            .ToString();
    }

    private static string Practical(NetworkEvent networkEvent)
    {
        var where = (networkEvent.Location, networkEvent.OnlineUrl) switch
        {
            ({ } place, { }) => $"The event takes place at {place} and is streamed for those who cannot travel.",
            ({ } place, null) => $"The event takes place at {place}.",
            _ => "The event is online; the link is sent to registered participants.",
        };
        var capacity = networkEvent.Capacity is { } seats ? $" Places are limited to {Prose.Number(seats)} participants." : string.Empty;
        return $"{where} All times are in the {networkEvent.TimeZone} time zone.{capacity}";
    }
}
