namespace Icn.Domain.Membership;

/// <summary>Where a cluster stands in ICN. Only members and suspended members are public.</summary>
public enum MembershipStatus
{
    Applicant,
    Member,
    Suspended,
    Former,
}
