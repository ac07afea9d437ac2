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
