using Icn.Domain.Clusters;
using Icn.Domain.Common;
using Icn.Domain.Sectors;

namespace Icn.Domain.Members;

/// <summary>An organisation that belongs to one cluster.</summary>
public sealed class Member : Entity
{
    public Guid ClusterId { get; set; }

    public Cluster? Cluster { get; set; }

    public required string Name { get; set; }

    public MemberKind Kind { get; set; }

    public string? CountryCode { get; set; }

    public string? Website { get; set; }

    public string? Description { get; set; }

    public List<Sector> Sectors { get => field ??= []; }
}
