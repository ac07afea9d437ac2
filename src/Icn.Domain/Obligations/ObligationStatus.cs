namespace Icn.Domain.Obligations;

/// <summary>Where one cluster stands on one obligation in one membership year, as computed from the records.</summary>
/// <param name="Due">The day by which it must be met; null when nothing is owed yet (no fee invoice issued).</param>
/// <param name="Late">The due day has passed and the obligation is not met.</param>
/// <param name="Summary">One line for a person reading a list: what is met, what is missing.</param>
public sealed record ObligationStatus(
    Guid ClusterId,
    int Year,
    ObligationKind Kind,
    bool Met,
    DateOnly? Due,
    bool Late,
    string Summary,
    IReadOnlyList<ObligationEvidence> Evidence);
