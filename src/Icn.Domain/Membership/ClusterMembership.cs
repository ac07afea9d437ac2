namespace Icn.Domain.Membership;

/// <summary>A cluster's membership in ICN: its status and the day it became a member.</summary>
public sealed class ClusterMembership
{
    public MembershipStatus Status { get; set; } = MembershipStatus.Applicant;

    public DateOnly? Since { get; set; }

    /// <summary>The statuses an anonymous caller or a website key may see.</summary>
    public static readonly MembershipStatus[] PublicStatuses = [MembershipStatus.Member, MembershipStatus.Suspended];
}
