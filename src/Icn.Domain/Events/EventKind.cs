namespace Icn.Domain.Events;

/// <summary>The kinds of event the network holds. Board meetings are never public.</summary>
public enum EventKind
{
    Matchmaking,
    Webinar,
    Delegation,
    Conference,
    BoardMeeting,
}
