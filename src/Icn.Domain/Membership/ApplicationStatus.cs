using Icn.Domain.Persistence;

namespace Icn.Domain.Membership;

/// <summary>Where a membership application stands; the membership-application workflow moves it.</summary>
public enum ApplicationStatus
{
    Submitted,
    Screening,
    InformationRequested,
    WithBoard,
    Approved,
    Rejected,
    Withdrawn,
}

public static class ApplicationStatuses
{
    /// <summary>Approved, rejected or withdrawn: the workflow is done with it and writes to its applicant no more. Usable in queries.</summary>
    public static readonly IReadOnlyList<ApplicationStatus> Decided = [ApplicationStatus.Approved, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn];

    /// <summary>Whether the status is one of <see cref="Decided"/>.</summary>
    public static bool IsDecided(this ApplicationStatus status) => Decided.Contains(status);

    /// <summary>The status as the API names it (INFORMATION_REQUESTED), for the messages its rules give.</summary>
    public static string Name(this ApplicationStatus status) => EnumText.ToSnakeCase(status.ToString()).ToUpperInvariant();
}
