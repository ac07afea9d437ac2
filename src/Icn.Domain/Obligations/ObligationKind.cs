namespace Icn.Domain.Obligations;

/// <summary>
/// What a member owes the network each membership year (DOMAIN.md, "Member obligations"). Not
/// stored: each is computed from the records that show it was met.
/// </summary>
public enum ObligationKind
{
    AnnualFee,
    NewsUpdates,
    EventParticipation,
    Networking,
    Knowledge,
    Benchmark,
}
