using Icn.Domain.Members;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;

namespace Icn.Graph.Members;

internal sealed class MemberKindGraphType : DescribedEnumGraphType<MemberKind>
{
    public MemberKindGraphType()
        : base("Which strand of the triple helix a member organisation belongs to.", new Dictionary<MemberKind, string>
        {
            [MemberKind.Company] = "A company.",
            [MemberKind.ResearchInstitution] = "A university or research institution.",
            [MemberKind.PublicAuthority] = "A public authority, such as a municipality or regional agency.",
            [MemberKind.Other] = "Any other organisation, such as an association or foundation.",
        })
    {
        Name = "MemberKind";
    }
}
