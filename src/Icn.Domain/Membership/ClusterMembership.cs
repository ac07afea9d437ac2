using Icn.Domain.Common;

namespace Icn.Domain.Membership;

/// <summary>
/// A cluster's membership in ICN: its status and the day it became a member. Created in any state
/// (history, tests); changed only by its methods.
/// </summary>
public sealed class ClusterMembership
{
    private MembershipStatus status = MembershipStatus.Applicant;
    private DateOnly? since;

    public MembershipStatus Status { get => status; init => status = value; }

    public DateOnly? Since { get => since; init => since = value; }

    /// <summary>The statuses an anonymous caller or a website key may see.</summary>
    public static readonly MembershipStatus[] PublicStatuses = [MembershipStatus.Member, MembershipStatus.Suspended];

    /// <summary>An applicant, its application approved, is a member from <paramref name="day"/>; a cluster is admitted once.</summary>
    public RuleBreak? Admit(DateOnly day)
    {
        if (Status != MembershipStatus.Applicant)
        {
            return RuleBreak.Conflict($"Only an APPLICANT cluster can become a MEMBER; this one is {Status.ToString().ToUpperInvariant()}.");
        }

        status = MembershipStatus.Member;
        since = day;
        return null;
    }
}
