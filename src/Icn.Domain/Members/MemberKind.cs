namespace Icn.Domain.Members;

/// <summary>Which strand of the triple helix a member organisation belongs to.</summary>
public enum MemberKind
{
    Company,
    ResearchInstitution,
    PublicAuthority,
    Other,
}
