namespace Icn.Domain.Membership;

/// <summary>The criteria an applicant gives evidence for (DOMAIN.md, "Membership application").</summary>
public enum ApplicationCriterion
{
    TripleHelix,
    TrackRecord,
    InternationalStakeholders,
    LargeMemberBase,
    BroadCleantechFocus,
    InternationalStrategy,
    ResourceCommitment,
}
