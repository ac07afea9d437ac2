using System.ComponentModel;
using Icn.Domain.Members;
using Icn.Graph.Engine.Mutations;
using Icn.GraphQL.Scalars;

namespace Icn.Graph.Members;

// The inputs of the member mutations. A field of Member that editors write is declared here once:
// its GraphQL field, its rule (the limit is the entity's, as in its EF configuration) and how it
// reaches the entity.

/// <summary>The input of createMember.</summary>
internal sealed record CreateMemberInput
{
    [Id("Cluster"), Description("The cluster the organisation belongs to (an editor's own).")]
    public Guid ClusterId { get; init; }

    [Text(Member.NameLength), Description("The organisation's name, at most {max} characters.")]
    public string Name { get; init; } = "";

    [Description("Which strand of the triple helix it belongs to.")]
    public MemberKind Kind { get; init; }

    [Text(Member.CountryCodeLength), GraphType(typeof(CountryCodeGraphType)), Description("The country it is based in.")]
    public string? CountryCode { get; init; }

    [Text(Member.UrlLength), GraphType(typeof(UrlGraphType)), Description("Its website, at most {max} characters.")]
    public string? Website { get; init; }

    [Text(Member.DescriptionLength), Description("What it does, in plain text, at most {max} characters.")]
    public string? Description { get; init; }

    [Id("Sector", MaxItems = ReferenceInputs.MaxSectors), Description("Its sectors, at most {max}.")]
    public IReadOnlyList<Guid>? SectorIds { get; init; }

    /// <summary>The organisation these fields describe, in the list of <see cref="ClusterId"/>.</summary>
    public Member ToMember() => new()
    {
        ClusterId = ClusterId,
        Name = Name,
        Kind = Kind,
        CountryCode = CountryCode,
        Website = Website,
        Description = Description,
    };
}

/// <summary>The input of updateMember: each field left out keeps its value.</summary>
internal sealed record UpdateMemberInput
{
    [Id("Member"), Description("The member.")]
    public Guid Id { get; init; }

    [Description("The version you last read; a stale one gets a ConflictError.")]
    public int Version { get; init; }

    [Text(Member.NameLength), Description("The organisation's name, at most {max} characters.")]
    public Optional<string> Name { get; init; }

    [Description("Which strand of the triple helix it belongs to.")]
    public Optional<MemberKind> Kind { get; init; }

    [Text(Member.CountryCodeLength), GraphType(typeof(CountryCodeGraphType)), Description("The country it is based in; null removes it.")]
    public Optional<string?> CountryCode { get; init; }

    [Text(Member.UrlLength), GraphType(typeof(UrlGraphType)), Description("Its website, at most {max} characters; null removes it.")]
    public Optional<string?> Website { get; init; }

    [Text(Member.DescriptionLength), Description("What it does, at most {max} characters; null removes it.")]
    public Optional<string?> Description { get; init; }

    // An explicit null for the list keeps the links, as leaving it out does.
    [Id("Sector", MaxItems = ReferenceInputs.MaxSectors), Description("Its sectors (replacing the current ones).")]
    public Optional<IReadOnlyList<Guid>?> SectorIds { get; init; }

    /// <summary>Writes the fields that were sent onto <paramref name="member"/> (its sectors apart: they are looked up first).</summary>
    public void ApplyTo(Member member)
    {
        member.Name = Name.Or(member.Name);
        member.Kind = Kind.Or(member.Kind);
        member.CountryCode = CountryCode.Or(member.CountryCode);
        member.Website = Website.Or(member.Website);
        member.Description = Description.Or(member.Description);
    }
}

/// <summary>The input of removeMember.</summary>
internal sealed record RemoveMemberInput
{
    [Id("Member"), Description("The member.")]
    public Guid Id { get; init; }

    [Description("The version you last read; a stale one gets a ConflictError.")]
    public int Version { get; init; }
}
